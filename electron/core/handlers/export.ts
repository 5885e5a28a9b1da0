import type { exportChannels } from '../../../shared/ipc/channels/export';
import { exportChanges } from '../export/export-changes';
import { exportCustomers } from '../export/export-customers';
import { exportVisits } from '../export/export-visits';
import { writeTierReport } from '../export/write-tier-report';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<typeof exportChannels> = {
  'export.report': (input, ctx) => writeTierReport(ctx.core, input, ctx),
  'export.customers': (input, ctx) => exportCustomers(ctx.core, input, ctx),
  'export.changes': (input, ctx) => exportChanges(ctx.core, input, ctx),
  'export.visits': (input, ctx) => exportVisits(ctx.core, input, ctx),
};
