/**
 * Ports of the servers the end-to-end tests start. E2E_PORT moves them all, so that several
 * checkouts on one machine can run their suites without reusing each other's preview server.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = APP_PORT + 4;
export const SUBPATH_PORT = APP_PORT + 5;
