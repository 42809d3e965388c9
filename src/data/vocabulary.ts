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

export const RELATION_STATUSES = ['active', 'paused', 'dormant', 'ended', 'proposed', 'failed'] as const;

export const PLACE_KINDS = ['city', 'district', 'village', 'institution', 'network'] as const;

/** How sure the project is of an event: `weak` = one weak source (blog, aggregator); `unconfirmed` = not found in a source. */
export const CERTAINTIES = ['verified', 'weak', 'unconfirmed'] as const;

/** Qualifies a partial date: `about` = approximate, `by` = no later than, `after` = some time after the period. */
export const DATE_QUALIFIERS = ['about', 'by', 'after'] as const;

export type RelationType = (typeof RELATION_TYPES)[number];
export type RelationStatus = (typeof RELATION_STATUSES)[number];
