// Imports name their .ts files: vite.config.ts loads this module (src/cli/serving), and Vite's
// config loader warns about extensionless imports.
import { z } from 'zod';
import { UI_LANGUAGES } from '../data/localize.ts';
import { httpUrlSchema, localizedSchema, slugSchema } from '../data/schema.ts';
import { isSameOriginPath, safeHttpOrigin } from './http-origin.ts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const originSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}, 'must be an origin like "https://www.example.org" (scheme and host, no path, no trailing slash)');

/**
 * One CSP `frame-ancestors` source: `*`, `'self'`, `'none'`, a scheme (`https:`) or an origin,
 * optionally with a `*.` subdomain wildcard. Nothing else, so the value cannot smuggle another
 * directive (`;`) or header line into the generated server configuration.
 */
const frameAncestorSchema = z
  .string()
  .regex(
    /^(\*|'self'|'none'|https?:|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)$/i,
    `must be *, 'self', 'none', a scheme like "https:" or an origin like "https://*.leipzig.de"`,
  );

/**
 * An absolute URL's origin goes into the policy's connect-src (src/cli/serving/security-headers.ts),
 * so its host must be one a policy can carry; a relative path must not leave the page's origin.
 */
const datasetUrlSchema = z
  .string()
  .min(1)
  .refine(
    (value) => isSameOriginPath(value) || safeHttpOrigin(value) !== undefined,
    'must be a path on this site (not starting with // or \\) or an http(s) URL with a plain host name',
  );

const line = z.string().trim().min(1);

/** Where readers report a barrier (the statement's feedback mechanism); at least one way to reach it. */
const accessibilityContactSchema = z
  .object({ name: line.optional(), email: z.email().optional(), url: httpUrlSchema.optional() })
  .strict()
  .refine((contact) => contact.email !== undefined || contact.url !== undefined, 'needs an email or a url');

/** The enforcement (conciliation) body responsible for the operator, as its own website names it. */
const accessibilityEnforcementSchema = z
  .object({
    name: line,
    /** Postal address, one line per entry. */
    address: z.array(line).optional(),
    email: z.email().optional(),
    url: httpUrlSchema.optional(),
  })
  .strict();

/**
 * public/config.json: what a city web team sets without rebuilding the app. Every field is
 * optional; the shipped file is the default and uses only bundled, same-origin resources.
 */
/** The shipped default; a deployment names its own datasets in config.json. */
export const DEFAULT_DATASET_URL = 'data/leipzig.geojson';

export const appConfigSchema = z
  .object({
    /** Dataset files; the first is shown by default, `?data=` may pick another listed one. */
    datasets: z.array(datasetUrlSchema).min(1).default([DEFAULT_DATASET_URL]),
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
      .refine((value) => safeHttpOrigin(value) !== undefined, 'must be an http(s) URL with a plain host name')
      .optional(),
    /** Extra attribution text shown on the map. */
    attribution: z.string().trim().min(1).optional(),
    /**
     * Who may embed the map (CSP frame-ancestors), read by the preview server and by
     * `npm run deploy-config`, not by the page: HTTP headers are set by the server.
     */
    frameAncestors: z
      .array(frameAncestorSchema)
      .min(1)
      .refine(
        (sources) => !sources.includes("'none'") || sources.length === 1,
        "'none' cannot be combined with other sources",
      )
      .default(['*']),
    /** The accessibility statement's contact point for reporting barriers. */
    accessibilityContact: accessibilityContactSchema.optional(),
    /** The enforcement body the statement names; no default, since it depends on the operator. */
    accessibilityEnforcement: accessibilityEnforcementSchema.optional(),
  })
  .strict();

export type AppConfig = z.infer<typeof appConfigSchema>;
export type AccessibilityContact = z.infer<typeof accessibilityContactSchema>;
export type AccessibilityEnforcement = z.infer<typeof accessibilityEnforcementSchema>;

export const DEFAULT_CONFIG: AppConfig = appConfigSchema.parse({});
