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
    "It is based on the developers' self-assessment of {{date}}: automated checks with axe-core in Chromium for the main views in all four languages, and keyboard tests. No independent test body has audited it.",
  limitsHeading: 'Known limitations',
  limitMap:
    'The map itself is a picture: cities on it can be chosen with a mouse or a finger, and a screen reader does not read the map out. The list of cities holds the same cities with the same details and works with a keyboard and a screen reader.',
  limitSummary: 'There is no spoken summary yet of what the map currently shows.',
  limitZoom:
    'How the map works at 400 % zoom and in very narrow windows (320 pixels) has not been fully checked yet.',
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
