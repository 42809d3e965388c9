import { z } from 'zod';
import { UI_LANGUAGES } from '../data/localize';
import { localizedSchema, slugSchema } from '../data/schema';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const originSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}, 'must be an origin like "https://www.leipzig.de" (scheme and host, no path, no trailing slash)');

const datasetUrlSchema = z
  .string()
  .min(1)
  .refine(
    (value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:\/\//i.test(value),
    'must be a relative path or an http(s) URL',
  );

/**
 * public/config.json: what a city web team sets without rebuilding the app. Every field is
 * optional; the shipped file is the default and uses only bundled, same-origin resources.
 */
export const appConfigSchema = z
  .object({
    /** Dataset files; the first is shown by default, `?data=` may pick another listed one. */
    datasets: z.array(datasetUrlSchema).min(1).default(['data/leipzig.geojson']),
    /** The home city to present, when a dataset has several. */
    homeCity: slugSchema.optional(),
    /** Page title; defaults to the dataset's title. */
    title: localizedSchema.partial({ en: true }).optional(),
    /** Absent: the browser's preferred language, if it is one of ours, else German. */
    defaultLanguage: z.enum(UI_LANGUAGES).optional(),
    defaultTheme: z.enum(THEMES).default('auto'),
    /** Origins of host pages whose commands (postMessage) the embedded map obeys. */
    allowedParentOrigins: z.array(originSchema).default([]),
    /** A remote MapLibre style; when it fails, the bundled offline basemap is used. */
    basemapStyleUrl: z
      .string()
      .regex(/^https?:\/\//i, 'must be an http(s) URL')
      .optional(),
    /** Extra attribution text shown on the map. */
    attribution: z.string().trim().min(1).optional(),
  })
  .strict();

export type AppConfig = z.infer<typeof appConfigSchema>;

export const DEFAULT_CONFIG: AppConfig = appConfigSchema.parse({});
