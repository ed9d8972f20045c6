// The admin side of the core plugin: Settings › Communes › Sharing between members.
import { createCommunesCoreAdminPlugin } from '@communes/strapi-admin-kit';

export default createCommunesCoreAdminPlugin('Communes: core');
