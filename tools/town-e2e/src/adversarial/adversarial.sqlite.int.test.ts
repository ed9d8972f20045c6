import { defineAdversarialSuite } from './adversarial-suite';

defineAdversarialSuite('sqlite');
