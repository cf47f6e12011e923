import { registerEnumType } from 'type-graphql';

export enum MaterialStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  OBSOLETE = 'OBSOLETE',
}

export enum MaterialType {
  RAW_MATERIAL = 'RAW_MATERIAL',
  COMPONENT = 'COMPONENT',
  SUBASSEMBLY = 'SUBASSEMBLY',
  FINISHED_DEVICE = 'FINISHED_DEVICE',
  PACKAGING = 'PACKAGING',
  LABEL = 'LABEL',
  CONSUMABLE = 'CONSUMABLE',
  SPARE_PART = 'SPARE_PART',
}

/** Risk class; EU MDR classes, with NMPA/FDA classes mapping onto I, II(a/b), III. */
export enum DeviceClass {
  CLASS_I = 'CLASS_I',
  CLASS_IIA = 'CLASS_IIA',
  CLASS_IIB = 'CLASS_IIB',
  CLASS_III = 'CLASS_III',
  NOT_A_DEVICE = 'NOT_A_DEVICE',
}

registerEnumType(MaterialStatus, { name: 'MaterialStatus', description: 'DRAFT -> ACTIVE -> OBSOLETE (DRAFT may also go straight to OBSOLETE).' });
registerEnumType(MaterialType, { name: 'MaterialType', description: 'What kind of item the material is.' });
registerEnumType(DeviceClass, { name: 'DeviceClass', description: 'Medical device risk class.' });
