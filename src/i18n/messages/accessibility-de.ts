/** German text of the accessibility statement (Erklärung zur Barrierefreiheit); mounted under `accessibility`. */
export const accessibilityDe = {
  open: 'Barrierefreiheit',
  heading: 'Erklärung zur Barrierefreiheit',
  close: 'Schließen',
  scope:
    'Diese Erklärung gilt für die Karte „{{title}}“, auch wenn sie in eine andere Website eingebettet ist.',
  statusHeading: 'Stand der Vereinbarkeit mit den Anforderungen',
  status:
    'Die Karte ist mit den Anforderungen der WCAG 2.1 auf Stufe AA (EN 301 549, übernommen von der BITV 2.0) teilweise vereinbar. Die unten genannten Einschränkungen sind bekannt.',
  method:
    'Grundlage ist eine Selbstbewertung der Entwicklerinnen und Entwickler vom {{date}}: automatische Prüfungen mit axe-core in Chromium für die wichtigsten Ansichten in allen vier Sprachen und Tests der Tastaturbedienung. Eine Prüfung durch eine unabhängige Prüfstelle hat nicht stattgefunden.',
  limitsHeading: 'Bekannte Einschränkungen',
  limitMap:
    'Die Karte selbst ist eine Grafik: Städte auf der Karte lassen sich mit Maus oder Finger auswählen; ein Screenreader liest die Karte nicht vor. Die Städteliste enthält dieselben Städte mit denselben Angaben und ist mit Tastatur und Screenreader bedienbar.',
  limitSummary: 'Eine gesprochene Zusammenfassung dessen, was die Karte gerade zeigt, gibt es noch nicht.',
  limitZoom:
    'Die Darstellung bei 400 % Zoom und in sehr schmalen Fenstern (320 Pixel) ist noch nicht vollständig geprüft.',
  limitTranslations:
    'Nicht alle Texte zu den Beziehungen liegen auf Ukrainisch und Russisch vor. Fehlt eine Übersetzung, erscheint der englische Text und ist als solcher gekennzeichnet.',
  limitPlainLanguage: 'Erläuterungen in Leichter Sprache und in Deutscher Gebärdensprache gibt es nicht.',
  limitSources:
    'Die verlinkten Quellen sind Websites Dritter; auf deren Barrierefreiheit haben wir keinen Einfluss.',
  feedbackHeading: 'Barrieren melden',
  feedback:
    'Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie Inhalte dieser Karte in einer anderen Form? Dann schreiben Sie uns bitte:',
  email: 'E-Mail',
  contactForm: 'Kontaktformular',
  noContact:
    'Der Betreiber dieser Karte hat noch keine Kontaktstelle angegeben. Bitte wenden Sie sich bis dahin an die Website, auf der Sie die Karte gefunden haben.',
  enforcementHeading: 'Durchsetzungs- und Schlichtungsverfahren',
  enforcement:
    'Wird Ihre Meldung nicht oder nicht zufriedenstellend beantwortet, können Sie sich an die zuständige Stelle wenden:',
  noEnforcement:
    'Welche Stelle zuständig ist, hängt davon ab, wer die Karte betreibt: für Stellen des Bundes die Schlichtungsstelle nach § 16 BGG, für öffentliche Stellen in Sachsen die nach dem Sächsischen Barrierefreie-Websites-Gesetz (BfWebG) zuständige Stelle. Der Betreiber hat sie hier noch nicht angegeben.',
};
