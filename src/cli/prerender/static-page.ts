import type { TFunction } from 'i18next';
import type { AppConfig } from '../../config/app-config';
import type { Dataset } from '../../data/dataset';
import { configuredTitle, localText, pickText, placeName, type UiLanguage } from '../../data/localize';
import type { RelationRow } from '../../data/relation-rows';
import type { Localized, RelationEvent, Source } from '../../data/schema';
import { formatPartialDate } from '../../i18n/format';
import { element, escapeHtml as text, httpHref } from './html';
import { citedSources, relationsByStatus } from './relation-groups';

export interface StaticPageInput {
  dataset: Dataset;
  config: AppConfig;
  language: UiLanguage;
  /** The day the list describes (the build day): relations as they stood then. */
  at: string;
  /** Translations in `language`. */
  t: TFunction;
}

/** What index.html carries for readers, archives and search engines without JavaScript. */
export interface StaticPage {
  title: string;
  description: string;
  /** Trusted markup: every text from the data in it is escaped. */
  body: string;
}

type Dated = Pick<RelationEvent, 'date' | 'dateQualifier'>;

/** The same wording as the panel: "seit 2005", "(um 2019)". */
function sinceText({ t, language }: StaticPageInput, event: Dated): string {
  if (!event.dateQualifier)
    return t('panel.since', { date: formatPartialDate(event.date, language, 'governed') });
  const date = t(`date.${event.dateQualifier}`, {
    date: formatPartialDate(event.date, language, 'governed'),
  });
  return t('panel.sinceQualified', { date });
}

function dateText({ t, language }: StaticPageInput, event: Dated): string {
  if (!event.dateQualifier) return formatPartialDate(event.date, language);
  return t(`date.${event.dateQualifier}`, { date: formatPartialDate(event.date, language, 'governed') });
}

/** A data text in the reader's language, marked with its own language where another stands in. */
function localParagraph(value: Localized, language: string): string {
  const picked = localText(value, language);
  return element('p', { lang: picked.fallback ? picked.lang : undefined }, text(picked.text));
}

function sourceItem(input: StaticPageInput, source: Source): string {
  const href = httpHref(source.url);
  const title = href
    ? element('a', { href, rel: 'noreferrer' }, text(source.title))
    : `${text(source.title)} (${text(input.t('panel.noLink'))})`;
  const date = source.date ? `, ${text(formatPartialDate(source.date, input.language))}` : '';
  return element('li', {}, title, ` — ${text(source.publisher)}${date}`);
}

function relationItem(input: StaticPageInput, row: RelationRow): string {
  const { t, language, dataset } = input;
  const { relation, state } = row;
  const start = relation.events[state.startIndex];
  const statusSince = relation.events[state.statusIndex];
  const status = `${t(`relationStatus.${state.status}`)}${statusSince ? ` ${sinceText(input, statusSince)}` : ''}`;
  const facts = [
    ...(start
      ? [element('dt', {}, text(t('panel.began'))), element('dd', {}, text(dateText(input, start)))]
      : []),
    element('dt', {}, text(t('panel.type'))),
    element('dd', {}, text(t(`relationType.${state.type}`))),
    element('dt', {}, text(t('panel.status'))),
    element('dd', {}, text(status)),
  ];
  const sources = citedSources(relation).flatMap((id) => {
    const source = dataset.sources[id];
    return source ? [sourceItem(input, source)] : [];
  });
  const heading = t('panel.relationWith', {
    from: placeName(row.home.names, language),
    to: placeName(row.place.names, language),
  });
  return element(
    'li',
    {},
    element('h3', {}, text(heading)),
    element('dl', {}, ...facts),
    localParagraph(relation.summary, language),
    element('h4', {}, text(t('panel.sources'))),
    element('ul', { class: 'static-sources' }, ...sources),
  );
}

/** The default view as static HTML: title, description, every relation by status with its sources. */
export function staticPage(input: StaticPageInput): StaticPage {
  const { dataset, config, language, at, t } = input;
  const title = config.title
    ? configuredTitle(config.title, language)
    : pickText(dataset.metadata.title, language);
  const description = dataset.metadata.description
    ? pickText(dataset.metadata.description, language)
    : t('app.subtitle');
  const groups = relationsByStatus(dataset, at, language).map(({ status, rows }) => {
    const id = `static-${status}`;
    return element(
      'section',
      { 'aria-labelledby': id },
      element(
        'h2',
        { id },
        text(t('staticPage.group', { status: t(`relationStatus.${status}`), n: rows.length })),
      ),
      element('ul', { class: 'static-relations' }, ...rows.map((row) => relationItem(input, row))),
    );
  });
  const { metadata } = dataset;
  const body = element(
    'div',
    { class: 'static-page' },
    element('header', {}, element('h1', {}, text(title)), element('p', {}, text(description))),
    element(
      'main',
      {},
      element(
        'p',
        { class: 'static-note' },
        text(t('staticPage.note', { date: formatPartialDate(at, language) })),
      ),
      ...groups,
    ),
    element(
      'footer',
      {},
      element('p', {}, text(t('app.dataUpdated', { date: formatPartialDate(metadata.updated, language) }))),
      element(
        'p',
        {},
        text(t('staticPage.credit', { attribution: metadata.attribution, license: metadata.license })),
      ),
    ),
  );
  return { title, description, body };
}
