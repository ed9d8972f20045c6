export { startGateway, type RunningGateway } from './start-gateway';
export { defaultGatewayConfig, type GatewayConfig } from './config';
export { GatewayErrorCode } from './errors';
export { validateRegistry, RegistryError, type RegisteredTown, type TownRegistry } from './registry/town-registry';
export { loadRegistryFile } from './registry/registry-file';
export { GATEWAY_NODE_FLAGS } from './heap-limit';
