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

registerEnumType(MaterialStatus, {
  name: 'MaterialStatus',
  description: 'DRAFT -> ACTIVE -> OBSOLETE (DRAFT may also go straight to OBSOLETE).',
  valuesConfig: {
    ACTIVE: { description: 'In use: may be ordered, received, produced and sold.' },
    DRAFT: { description: 'Being defined; not yet usable.' },
    OBSOLETE: { description: 'No longer used; its records stay.' },
  },
});
registerEnumType(MaterialType, {
  name: 'MaterialType',
  description: 'What kind of item the material is.',
  valuesConfig: {
    COMPONENT: { description: 'A bought-in part built into a product.' },
    CONSUMABLE: { description: 'Used up in production but not part of the product.' },
    FINISHED_DEVICE: { description: 'A finished medical device that is sold.' },
    LABEL: { description: 'A label or instructions for use.' },
    PACKAGING: { description: 'Packaging material.' },
    RAW_MATERIAL: { description: 'A raw material, e.g. resin or tubing stock.' },
    SPARE_PART: { description: 'A spare part for equipment maintenance.' },
    SUBASSEMBLY: { description: 'An intermediate product made in house.' },
  },
});
registerEnumType(DeviceClass, {
  name: 'DeviceClass',
  description: 'Medical device risk class.',
  valuesConfig: {
    CLASS_I: { description: 'Class I: low risk.' },
    CLASS_IIA: { description: 'Class IIa (EU MDR; class II in the FDA and NMPA schemes): medium risk.' },
    CLASS_IIB: { description: 'Class IIb (EU MDR; class II in the FDA and NMPA schemes): medium-high risk.' },
    CLASS_III: { description: 'Class III: high risk, e.g. a central venous catheter.' },
    NOT_A_DEVICE: { description: 'Not a medical device itself (e.g. packaging, a raw material).' },
  },
});
