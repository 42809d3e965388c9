/** German text of the share and embed dialog; mounted under `share` in de.ts. */
export const shareDe = {
  open: 'Teilen und einbetten',
  heading: 'Karte teilen oder einbetten',
  close: 'Schließen',
  linkLabel: 'Link zu dieser Ansicht',
  linkHint: 'Der Link öffnet die Karte genau so, wie sie jetzt eingestellt ist.',
  copyLink: 'Link kopieren',
  embedLabel: 'Einbettungscode',
  embedHint: 'Diesen HTML-Code an der gewünschten Stelle Ihrer Website einfügen.',
  copyEmbed: 'Einbettungscode kopieren',
  autoResize: 'Höhe automatisch anpassen (kleines Skript)',
  height: 'Höhe in Pixeln',
  heightHint: 'Zwischen {{min}} und {{max}} Pixeln. Mit automatischer Anpassung ist das die Anfangshöhe.',
  privacy:
    'Datenschutz: Die Karte setzt keine Cookies. Solange in config.json keine externe Grundkarte eingetragen ist, stellt sie keine Anfragen an Dritte: Grundkarte, Schriften und Daten kommen vom selben Server wie die Karte.',
  copied: 'Kopiert',
  copyFailed: 'Kopieren hat nicht geklappt. Der Text ist markiert – bitte mit Strg+C (Mac: ⌘+C) kopieren.',
};
