// Threatwright system diagram: the GLSP 2.3 client. The page is served by the Java diagram server
// (org.threatwright.diagram.server.DiagramServer); it connects back to the same origin's websocket with
// the per-session token from its own URL (?token=...).
import 'reflect-metadata';
import {
    BaseJsonrpcGLSPClient, DiagramLoader, GLSPActionDispatcher, GLSPClient, GLSPWebSocketProvider,
    initializeDiagramContainer, createDiagramOptionsModule, STANDALONE_MODULE_CONFIG, FeatureModule,
    configureDefaultModelElements, configureModelElement, GNode, GEdge, GLabel, GPort, TYPES, bindOrRebind,
    ConsoleLogger, LogLevel, SaveModelAction, FitToScreenAction, LayoutOperation, SelectAction, CenterAction,
    editLabelFeature, gridModule, GModelRoot, CreateNodeOperation, CreateEdgeOperation
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { ElementView, BoundaryView, NameLabelView, InterfacePortView, FlowView, KIND_STYLE } from './views';
import '@vscode/codicons/dist/codicon.css';

const params = new URLSearchParams(window.location.search);
const token = params.get('token') ?? '';
const diagramType = params.get('diagram') ?? 'tw-system';
const host = window.location.host || ('127.0.0.1:' + (params.get('port') ?? '0'));

function toHost(msg: string): void {
    const w = window as any;
    if (typeof w.twHostCallback === 'function') {
        w.twHostCallback(msg);
    } else {
        console.log('[tw]', msg);
    }
}

const twModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
    bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
    configureDefaultModelElements(context);
    for (const kind of Object.keys(KIND_STYLE)) {
        configureModelElement(context, 'node:' + kind, GNode, ElementView);
    }
    configureModelElement(context, 'node:TrustBoundary', GNode, BoundaryView);
    configureModelElement(context, 'edge:DataFlow', GEdge, FlowView);
    configureModelElement(context, 'port:Interface', GPort, InterfacePortView);
    configureModelElement(context, 'label:name', GLabel, NameLabelView, { enable: [editLabelFeature] });
}, { featureId: Symbol('threatwright') });

let container: Container;

/** Counts in the visible diagram only (the client renders a hidden copy for measuring). */
function count(selector: string): number {
    const svg = document.querySelector('#sprotty > svg.sprotty-graph') ?? document.querySelector('#sprotty svg');
    return svg ? svg.querySelectorAll(selector).length : 0;
}

async function initialize(connection: any): Promise<void> {
    const glspClient: GLSPClient = new BaseJsonrpcGLSPClient({ id: 'threatwright', connectionProvider: connection });
    container = initializeDiagramContainer(new Container(),
        createDiagramOptionsModule({ clientId: 'sprotty', diagramType, glspClientProvider: async () => glspClient, sourceUri: 'threatwright:' + diagramType }),
        twModule, gridModule, STANDALONE_MODULE_CONFIG);
    const dispatcher = container.get(GLSPActionDispatcher);
    const t0 = performance.now();
    await container.get(DiagramLoader).load();
    await dispatcher.dispatch(FitToScreenAction.create([], { padding: 20, maxZoom: 1 }));
    const api = {
        save: () => dispatcher.dispatch(SaveModelAction.create()),
        fit: () => dispatcher.dispatch(FitToScreenAction.create([], { padding: 20 })),
        layout: () => dispatcher.dispatch(LayoutOperation.create([])),
        select: (ids: string[]) => dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true })),
        center: (ids: string[]) => dispatcher.dispatch(CenterAction.create(ids)),
        create: (elementTypeId: string, x: number, y: number) => dispatcher.dispatch(CreateNodeOperation.create(elementTypeId, { location: { x, y } })),
        connect: (sourceId: string, targetId: string) => dispatcher.dispatch(CreateEdgeOperation.create({ elementTypeId: 'edge:DataFlow', sourceElementId: sourceId, targetElementId: targetId })),
        stats: () => JSON.stringify({
            nodes: count('g.tw-node'), boundaries: count('g.tw-boundary'), flows: count('path.tw-flow'),
            interfaces: count('g.tw-interface'), badges: count('g.tw-badge'), palette: document.querySelectorAll('.tool-palette .tool-button').length
        }),
        loadMillis: 0
    };
    api.loadMillis = Math.round(performance.now() - t0);
    (window as any).tw = api;
    document.title = 'Threatwright diagram';
    toHost('tw-ready ' + api.stats() + ' load ' + api.loadMillis + ' ms');
}

const socketUrl = `ws://${host}/glsp?token=${encodeURIComponent(token)}`;
new GLSPWebSocketProvider(socketUrl).listen({ onConnection: initialize, onReconnect: () => undefined, logger: console });
window.addEventListener('error', e => toHost('JSERROR ' + e.message + ' @' + e.filename + ':' + e.lineno));
window.addEventListener('unhandledrejection', e => toHost('JSREJECT ' + ((e as any).reason?.stack ?? (e as any).reason)));
export type { GModelRoot };
