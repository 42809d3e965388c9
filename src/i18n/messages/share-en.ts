import type { shareDe } from './share-de';

/** English text of the share and embed dialog; mounted under `share` in en.ts. */
export const shareEn: typeof shareDe = {
  open: 'Share and embed',
  heading: 'Share or embed the map',
  close: 'Close',
  linkLabel: 'Link to this view',
  linkHint: 'The link opens the map exactly as it is set up now.',
  copyLink: 'Copy link',
  embedLabel: 'Embed code',
  embedHint: 'Paste this HTML code where the map should appear on your website.',
  copyEmbed: 'Copy embed code',
  autoResize: 'Adjust height automatically (small script)',
  height: 'Height in pixels',
  heightHint: 'Between {{min}} and {{max}} pixels. With automatic adjustment, this is the starting height.',
  privacy:
    'Privacy: the map sets no cookies. Unless config.json names a remote basemap, it makes no requests to third parties: basemap, fonts and data come from the same server as the map.',
  copied: 'Copied',
  copyFailed: 'Copying did not work. The text is selected – please press Ctrl+C (Mac: ⌘+C) to copy it.',
};
