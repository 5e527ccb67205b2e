export * from './channels';
export * from './contact-preferences';
export * from './quiet-hours';
export * from './error-messages';
export * from './notification-texts';
export * from './decision-texts';
