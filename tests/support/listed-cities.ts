import { screen, within } from '@testing-library/react';

/** The place ids in the city list, in list order. */
export function listedCities(): (string | null)[] {
  return within(screen.getByRole('region', { name: /Städte|Cities/ }))
    .queryAllByRole('button')
    .map((button) => button.getAttribute('data-place-id'));
}
