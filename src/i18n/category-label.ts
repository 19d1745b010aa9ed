/** Category names: messages `category_<id>`, hyphens as underscores (message names allow none). */
import type { Category } from '../glossary/types';
import { t, type MessageKey } from './message';

type Underscored<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;

/** Does not compile while messages.json lacks a category's name. */
export const categoryMessageKey = (category: Category): MessageKey =>
  `category_${category.replace(/-/g, '_')}` as `category_${Underscored<Category>}`;

export const categoryLabel = (category: Category): string => t(categoryMessageKey(category));
