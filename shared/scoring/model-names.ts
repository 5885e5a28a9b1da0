import type { Lang } from './common-schemas';
import { BUILT_IN_TEMPLATES } from './templates';

/**
 * A built-in model is seeded under its template's Chinese name (installs that seed on their own then sync into
 * one model with one name). Until someone renames it, it is shown in the reader's language; any other name is
 * shown as it was typed.
 */
export function modelDisplayName(name: string, lang: Lang): string {
  const template = BUILT_IN_TEMPLATES.find((t) => t.name.zh === name || t.name.en === name);
  return template ? template.name[lang] : name;
}
