import { defineAdversarialSuite } from './adversarial-suite';

defineAdversarialSuite('postgres');
