import { writeFileSync } from 'node:fs';
import { gatewaySchemaFile } from './gateway-schema-file';
import { printGatewaySchema } from './print-gateway-schema';

/** `npm run schema` (and `npm run generate` at the root): writes `apps/gateway/schema.graphql`. */
writeFileSync(gatewaySchemaFile, printGatewaySchema());
console.log(`Wrote ${gatewaySchemaFile}.`);
