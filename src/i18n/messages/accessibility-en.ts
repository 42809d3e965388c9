import type { accessibilityDe } from './accessibility-de';

/** English text of the accessibility statement; mounted under `accessibility` in en.ts. */
export const accessibilityEn: typeof accessibilityDe = {
  open: 'Accessibility',
  heading: 'Accessibility statement',
  close: 'Close',
  scope: 'This statement applies to the map "{{title}}", also where it is embedded in another website.',
  statusHeading: 'Compliance status',
  status:
    'The map is partially compliant with WCAG 2.1 level AA (EN 301 549, adopted by the German BITV 2.0). The limitations listed below are known.',
  method:
    "It is based on the developers' self-assessment of {{date}}: automated checks with axe-core in Chromium (every WCAG 2.1 rule at levels A and AA) of the main views in all four languages, in the dark theme and embedded; a walk through the page by keyboard alone; checks of the layout at 320 pixels width and at 400 % zoom, of the size of controls and of reduced motion. It has not been tested with screen readers or in other browsers, and no independent test body has audited it.",
  limitsHeading: 'Known limitations',
  limitMap:
    'The map picture itself cannot be read out: a screen reader hears a summary of what the map shows, and the keys N and P move from city to city and speak its name and status; but the lines between the cities, the country borders and the labels are only drawn. The list of cities holds the same cities with the same details and works with a keyboard and a screen reader.',
  limitSummary:
    'The spoken summary of the map gives the number of relations per status and the date, not where the cities lie; for that there are the keys N and P and the list of cities.',
  limitZoom:
    'At 400 % zoom and in windows 320 pixels wide all content can be reached without scrolling sideways, but the map then shows only a small area, and an open details panel covers most of it.',
  limitTranslations:
    'Not every text about the relations exists in Ukrainian and Russian. Where a translation is missing, the English text is shown and marked as such.',
  limitPlainLanguage: 'There are no explanations in Easy German (Leichte Sprache) or German Sign Language.',
  limitSources: 'The linked sources are third-party websites; their accessibility is beyond our control.',
  feedbackHeading: 'Report a barrier',
  feedback:
    'Have you come across a barrier, or do you need content from this map in another form? Please write to us:',
  email: 'E-mail',
  contactForm: 'Contact form',
  noContact:
    'The operator of this map has not named a contact point yet. Until then, please contact the website on which you found the map.',
  enforcementHeading: 'Enforcement and conciliation procedure',
  enforcement: 'If your report gets no answer, or no satisfactory one, you can turn to the responsible body:',
  noEnforcement:
    'Which body is responsible depends on who runs the map: for federal bodies the conciliation body under § 16 BGG, for public bodies in Saxony the body responsible under the Saxon Accessible Websites Act (BfWebG). The operator has not named it here yet.',
};
