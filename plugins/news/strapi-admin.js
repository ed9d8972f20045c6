// The admin side of this plugin: the inputs of its structured fields, under its own name.
import { createCommunesAdminPlugin } from '@communes/strapi-admin-kit';

export default createCommunesAdminPlugin('communes-news', 'Communes: news');
