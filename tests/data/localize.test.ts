import { describe, expect, it } from 'vitest';
import { configuredTitle, localText, pickText } from '../../src/data/localize';

const full = { de: 'Partnerstadt', en: 'Twin city', uk: 'Місто-побратим', ru: 'Город-побратим' };
const german = { de: 'Partnerstadt', en: 'Twin city' };

describe('localText', () => {
  it('gives the reader their own language when the data has it', () => {
    expect(localText(full, 'uk')).toEqual({ text: 'Місто-побратим', lang: 'uk', fallback: false });
    expect(localText(full, 'ru')).toEqual({ text: 'Город-побратим', lang: 'ru', fallback: false });
    expect(localText(full, 'de')).toEqual({ text: 'Partnerstadt', lang: 'de', fallback: false });
  });

  it('falls back to English, marked as a fallback in English', () => {
    expect(localText(german, 'uk')).toEqual({ text: 'Twin city', lang: 'en', fallback: true });
    expect(localText(german, 'ru')).toEqual({ text: 'Twin city', lang: 'en', fallback: true });
    expect(localText(german, 'fr')).toEqual({ text: 'Twin city', lang: 'en', fallback: true });
    expect(localText(german, 'en').fallback).toBe(false);
  });

  it('pickText is the text alone', () => {
    expect(pickText(german, 'ru')).toBe('Twin city');
  });
});

describe('configuredTitle', () => {
  it('takes the reader language, then English, then German', () => {
    expect(configuredTitle({ de: 'Karte', en: 'Map', uk: 'Карта' }, 'uk')).toBe('Карта');
    expect(configuredTitle({ de: 'Karte', en: 'Map' }, 'ru')).toBe('Map');
    expect(configuredTitle({ de: 'Karte' }, 'en')).toBe('Karte');
  });
});
