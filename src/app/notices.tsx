import type { ReactNode } from 'react';
import './notices.css';

/**
 * Short notices over the top of the map (a setting that failed, part of the basemap missing,
 * the consent to load a remote basemap): the map stays usable below them.
 */
export function Notices({ children }: { children: ReactNode }) {
  return <div className="map-notices">{children}</div>;
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="map-notice" role="status">
      <span className="map-notice-icon" aria-hidden="true">
        ⚠
      </span>
      <div>{children}</div>
    </div>
  );
}
