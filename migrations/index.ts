import { PlatformAuditAndOutbox1764000000000 } from './1764000000000-PlatformAuditAndOutbox';
import { MasterDataSlice1764000000100 } from './1764000000100-MasterDataSlice';
import { LotsAndSignatures1764000000200 } from './1764000000200-LotsAndSignatures';
import { MillisecondTimestamps1764000000300 } from './1764000000300-MillisecondTimestamps';
import { StockLedger1764000000400 } from './1764000000400-StockLedger';
import { Production1764000000500 } from './1764000000500-Production';
import { Equipment1764000000600 } from './1764000000600-Equipment';
import { Inspections1764000000700 } from './1764000000700-Inspections';
import { NonconformanceAndCapa1764000000800 } from './1764000000800-NonconformanceAndCapa';
import { SalesAndDistribution1764000001200 } from './1764000001200-SalesAndDistribution';
import { Webhooks1764000001000 } from './1764000001000-Webhooks';
import { AlertsAndReorderPoints1764000000900 } from './1764000000900-AlertsAndReorderPoints';
import { InspectionCompletionIndex1764000000860 } from './1764000000860-InspectionCompletionIndex';
import { Purchasing1764000001100 } from './1764000001100-Purchasing';
import { InspectionAccountability1764000001300 } from './1764000001300-InspectionAccountability';
import { MaintenanceLifecycle1764000001400 } from './1764000001400-MaintenanceLifecycle';
import { WebhookLease1764000001500 } from './1764000001500-WebhookLease';
import { IdempotentRefusals1764000001640 } from './1764000001640-IdempotentRefusals';
import { SigningPasswordAgeAndHistory1764000001650 } from './1764000001650-SigningPasswordAgeAndHistory';
import { WebhookDeliveryOrder1764000001730 } from './1764000001730-WebhookDeliveryOrder';
import { ChangeWindows1764000001740 } from './1764000001740-ChangeWindows';
import { OutboxCommitSequence1764000001800 } from './1764000001800-OutboxCommitSequence';
import { WebhookSenderHeartbeat1764000001850 } from './1764000001850-WebhookSenderHeartbeat';
import { DropOutboxTransactionOrderIndex1764000001900 } from './1764000001900-DropOutboxTransactionOrderIndex';

/** Every migration, in order. Add new ones at the end; never edit a landed one. */
export const migrations = [PlatformAuditAndOutbox1764000000000, MasterDataSlice1764000000100, LotsAndSignatures1764000000200, MillisecondTimestamps1764000000300, StockLedger1764000000400, Production1764000000500, Equipment1764000000600, Inspections1764000000700, NonconformanceAndCapa1764000000800, InspectionCompletionIndex1764000000860, AlertsAndReorderPoints1764000000900, Webhooks1764000001000, Purchasing1764000001100, SalesAndDistribution1764000001200, InspectionAccountability1764000001300, MaintenanceLifecycle1764000001400, WebhookLease1764000001500, IdempotentRefusals1764000001640, SigningPasswordAgeAndHistory1764000001650, WebhookDeliveryOrder1764000001730, ChangeWindows1764000001740, OutboxCommitSequence1764000001800, WebhookSenderHeartbeat1764000001850, DropOutboxTransactionOrderIndex1764000001900];
