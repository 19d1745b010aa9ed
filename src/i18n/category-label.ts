/** Category names through `browser.i18n` (messages `category_<id>`), English from the glossary as the fallback. */
import { CATEGORY_LABELS, type Category } from '../glossary';
import { t, type MessageKey } from './message';

export const categoryMessageKey = (category: Category) => `category_${category.replace(/-/g, '_')}` as MessageKey;

export function categoryLabel(category: Category): string {
  const text = t(categoryMessageKey(category));
  return text === categoryMessageKey(category) ? CATEGORY_LABELS[category] : text;
}
