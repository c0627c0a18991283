// A Vue 3 app that uses the kit as one installed from npm would: the package's Vue types
// (`@thidua/components/vue`, named in tsconfig.json's "types"), which type-check the
// elements in templates (vue-tsc). `published.test.ts` installs it from the packed tarballs,
// type-checks it, builds it with Vite and opens it in Chromium against a real API server.
import { createApp } from 'vue';
// Defined before the app mounts, so that Vue sees the elements' properties and sets them.
import '@thidua/components';
import App from './App.vue';

createApp(App).mount('#app');
