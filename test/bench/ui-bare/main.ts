import { mount } from 'svelte';
import Bare from './Bare.svelte';
import '@xyflow/svelte/dist/style.css';

// Bench-only page: bare Svelte Flow rendering the graph the bench hands it (nodes and edges as the app displays them).
const graph = await (await fetch('./graph.json')).json();
mount(Bare, { target: document.getElementById('app')!, props: { graph } });
