/**
 * The fixed vocabulary of relations. Labels live in the i18n message files under
 * `relationType.<id>` and `relationStatus.<id>`; these ids are what data files use.
 */
export const RELATION_TYPES = [
  'partnership',
  'friendship',
  'cooperation',
  'contact',
  'project',
  'district-partnership',
  'network',
  'initiative',
] as const;

/**
 * `unknown`: the relation existed, but no source says what became of it; the reader sees
 * the date of its latest evidence instead of a guess.
 */
export const RELATION_STATUSES = [
  'active',
  'paused',
  'dormant',
  'ended',
  'proposed',
  'failed',
  'unknown',
] as const;

/** `district` = part of a city (Stadtbezirk); `region` = a Landkreis, raion or oblast, placed at its seat. */
export const PLACE_KINDS = ['city', 'district', 'region', 'village', 'institution', 'network'] as const;

/** How sure the project is of an event: `weak` = one weak source (blog, aggregator); `unconfirmed` = not found in a source. */
export const CERTAINTIES = ['verified', 'weak', 'unconfirmed'] as const;

/** Qualifies a partial date: `about` = approximate, `by` = no later than, `after` = some time after the period. */
export const DATE_QUALIFIERS = ['about', 'by', 'after'] as const;

/**
 * Who acted in an event when it was not the town itself. `civil-society` = a partnership association,
 * citizens, a school or church; `third-party` = another body (an association of cities, a state or
 * federal government). Such events never set the relation's official status or type.
 */
export const ACTOR_KINDS = ['civil-society', 'third-party'] as const;

export type RelationType = (typeof RELATION_TYPES)[number];
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** The languages data texts may come in: German and English are required, Ukrainian and Russian optional. */
export const CONTENT_LANGUAGES = ['de', 'en', 'uk', 'ru'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
