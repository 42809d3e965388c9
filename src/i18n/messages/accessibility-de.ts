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
    'Grundlage ist eine Selbstbewertung der Entwicklerinnen und Entwickler vom {{date}}: automatische Prüfungen mit axe-core in Chromium (alle Regeln der WCAG 2.1 auf den Stufen A und AA) für die wichtigsten Ansichten in allen vier Sprachen, im dunklen Farbschema und eingebettet; ein Durchgang durch die Seite allein mit der Tastatur; Prüfungen der Darstellung bei 320 Pixel Breite und 400 % Zoom, der Größe der Bedienelemente und der reduzierten Bewegung. Mit Screenreadern und in anderen Browsern wurde nicht getestet; eine Prüfung durch eine unabhängige Prüfstelle hat nicht stattgefunden.',
  limitsHeading: 'Bekannte Einschränkungen',
  limitMap:
    'Das Kartenbild selbst kann nicht vorgelesen werden: Ein Screenreader hört eine Zusammenfassung dessen, was die Karte zeigt, und die Tasten N und P gehen von Stadt zu Stadt und sagen Name und Status an; die Linien zwischen den Städten, die Ländergrenzen und die Beschriftungen sind aber nur gezeichnet. Die Städteliste enthält dieselben Städte mit denselben Angaben und ist mit Tastatur und Screenreader bedienbar.',
  limitSummary:
    'Die gesprochene Zusammenfassung der Karte nennt die Zahl der Beziehungen je Status und das Datum, nicht aber, wo die Städte liegen; dafür gibt es die Tasten N und P und die Städteliste.',
  limitZoom:
    'Bei 400 % Zoom und in 320 Pixel breiten Fenstern sind alle Inhalte ohne seitliches Scrollen erreichbar; die Karte zeigt dann aber nur einen kleinen Ausschnitt, und ein geöffnetes Detailfeld verdeckt den größten Teil davon.',
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
