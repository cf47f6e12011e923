import type { ModuleDefinition } from '../core/graphql/node-registry';
import { sitesModule } from './sites';
import { materialsModule } from './materials';
import { suppliersModule } from './suppliers';
import { approvedSuppliersModule } from './approved-suppliers';
import { customersModule } from './customers';
import { usersModule } from './users';
import { lotsModule } from './lots';
import { stockModule } from './stock';
import { productionModule } from './production';
import { traceabilityModule } from './traceability';
import { equipmentModule } from './equipment';
import { qualityModule } from './quality';
import { capaModule } from './capa';
import { qualityAnalyticsModule } from './quality-analytics';
import { alertsModule } from './alerts';
import { webhooksModule } from './webhooks';
import { recordsModule } from './records';
import { ordersModule } from './orders';
import { salesModule } from './sales';
import { purchasingModule } from './purchasing';
import { retentionModule } from './retention';

/** Every domain module the server assembles. */
export const MODULES: ModuleDefinition[] = [
  sitesModule,
  materialsModule,
  suppliersModule,
  approvedSuppliersModule,
  customersModule,
  usersModule,
  lotsModule,
  stockModule,
  productionModule,
  traceabilityModule,
  equipmentModule,
  qualityModule,
  capaModule,
  qualityAnalyticsModule,
  alertsModule,
  webhooksModule,
  recordsModule,
  ordersModule,
  purchasingModule,
  salesModule,
  retentionModule,
];
