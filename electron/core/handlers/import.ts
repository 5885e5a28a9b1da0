import { IMPORT_KINDS, fieldsOf, type ImportKind } from '../../../shared/import';
import type { ImportField, importChannels } from '../../../shared/ipc/channels/import';
import { mappingKey, saveMapping } from '../import/import-plan';
import { previewImport } from '../import/preview-import';
import { runImport } from '../import/run-import';
import type { HandlersFor } from './types';

export const importHandlers: HandlersFor<typeof importChannels> = {
  'import.preview': (input, { core }) => previewImport(core, input),
  'import.run': (input, ctx) => runImport(ctx.core, input, ctx),
  'import.saveMapping': ({ kind, signature, mapping }, { core }) => {
    saveMapping(core, kind, signature, mapping);
    return { key: mappingKey(kind, signature) };
  },
  'import.fields': () =>
    Object.fromEntries(
      IMPORT_KINDS.map((k) => [k, fieldsOf(k).map((d): ImportField => ({ key: d.key, label: d.label, type: d.type, required: d.required }))]),
    ) as Record<ImportKind, ImportField[]>,
};
