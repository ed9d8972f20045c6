/** `http://host:port` of the address the gateway listens on, IPv6 hosts in brackets. */
export const toListeningOrigin = (host: string, port: number): string => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
