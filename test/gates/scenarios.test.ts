// Scenario fixtures (see scenarios.suite.ts): the gate types this file runs, beside the other scenario files.
import { scenarioSuite } from './scenarios.suite.js';

scenarioSuite('scenarios.test.ts');
