import { LIST_SEPARATOR, type CsvColumn } from '../../data/csv-columns';
import { isPartialDate } from '../../data/partial-date';
import { httpUrlSchema, slugSchema } from '../../data/schema';

/** A cell read as its column's kind: the value for the dataset, or why it cannot be one. */
export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const GERMAN_MONTH = /^(\d{1,2})\.(\d{4})$/;

/**
 * ISO partial dates as the data stores them, plus the German forms Excel turns them into
 * when a sheet is saved again ("15.03.2022", "03.2022").
 */
function readDate(text: string): string | undefined {
  const pad = (value: string) => value.padStart(2, '0');
  const day = GERMAN_DATE.exec(text);
  const month = GERMAN_MONTH.exec(text);
  const iso = day
    ? `${day[3]}-${pad(day[2] ?? '')}-${pad(day[1] ?? '')}`
    : month
      ? `${month[2]}-${pad(month[1] ?? '')}`
      : text;
  return isPartialDate(iso) ? iso : undefined;
}

/** Decimal point or, as German Excel writes it, decimal comma. */
function readNumber(text: string): number | undefined {
  const normalized = text.replace(',', '.');
  return /^[-+]?\d+(?:\.\d+)?$/.test(normalized) ? Number(normalized) : undefined;
}

const isSlug = (value: string) => slugSchema.safeParse(value).success;
const slugHint = (value: string) =>
  `'${value}' is not an id: use lowercase letters, digits and hyphens, like 'ho-chi-minh-city'`;

function readList(text: string, ids: boolean): CellResult {
  const items = text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (ids) {
    const joined = items.find((item) => /[\s,;]/.test(item));
    if (joined !== undefined)
      return fail(
        `'${joined}': separate several ids with ${LIST_SEPARATOR}, e.g. 'lvz-2022 ${LIST_SEPARATOR} mdr-2024'`,
      );
    const bad = items.find((item) => !isSlug(item));
    if (bad !== undefined) return fail(slugHint(bad));
  }
  return ok(items);
}

const YES = ['yes', 'ja', 'y', 'j', 'x', 'true', '1'];
const NO = ['no', 'nein', 'n', 'false', '0'];

/** Reads a non-empty, trimmed cell. */
export function readCell(column: CsvColumn, text: string): CellResult {
  switch (column.kind) {
    case 'text':
      return ok(text);
    case 'id':
      return isSlug(text) ? ok(text) : fail(slugHint(text));
    case 'id-list':
    case 'text-list':
      return readList(text, column.kind === 'id-list');
    case 'date': {
      const date = readDate(text);
      return date !== undefined
        ? ok(date)
        : fail(`'${text}' is not a date: write a real date as 2022-03-15 (or 15.03.2022), 2022-03 or 2022`);
    }
    case 'number': {
      const value = readNumber(text);
      const limit = column.limit ?? Number.MAX_VALUE;
      if (value === undefined || Math.abs(value) > limit) {
        return fail(
          `'${text}' is not ${column.label}: write a decimal number between -${limit} and ${limit}, like 12.3713`,
        );
      }
      return ok(value);
    }
    case 'integer':
      return /^\d+$/.test(text) && Number(text) > 0
        ? ok(Number(text))
        : fail(`'${text}' is not a whole number: write digits only, without separators, like 601866`);
    case 'choice': {
      const value = text.toLowerCase();
      return column.choices?.includes(value)
        ? ok(value)
        : fail(`'${text}' is not a known value: use one of ${(column.choices ?? []).join(', ')}`);
    }
    case 'url':
      return httpUrlSchema.safeParse(text).success
        ? ok(text)
        : fail(`'${text}' is not a link: it must start with https:// or http://`);
    case 'yes-no': {
      const value = text.toLowerCase();
      if (YES.includes(value)) return ok(true);
      if (NO.includes(value)) return ok(false);
      return fail(`'${text}' is not yes or no: write yes or leave the cell empty`);
    }
    case 'country': {
      const value = text.toUpperCase();
      return /^[A-Z]{2}$/.test(value)
        ? ok(value)
        : fail(`'${text}' is not a country code: use the two letters of ISO 3166-1, like DE or UA`);
    }
  }
}
