import { screen, within } from '@testing-library/react';

/** The place ids in the city list, in list order (the list/table switch is not a city). */
export function listedCities(): (string | null)[] {
  return within(screen.getByRole('region', { name: /Städte|Cities/ }))
    .queryAllByRole('button')
    .filter((button) => button.hasAttribute('data-place-id'))
    .map((button) => button.getAttribute('data-place-id'));
}
