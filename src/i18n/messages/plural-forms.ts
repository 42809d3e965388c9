/**
 * A message tree shaped like the German one, in which every plural key (`x_one`, `x_other`) may
 * also carry the forms that other languages need: Ukrainian and Russian have `x_few` and `x_many`.
 */
export type WithPluralForms<T> = {
  [K in keyof T]: T[K] extends string ? string : WithPluralForms<T[K]>;
} & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never]?: string;
};
