/** @jsx svg */
// Views of the Threatwright system diagram. Node types and arguments come from the Java server
// (org.threatwright.diagram.gmodel.SystemGModelBuilder); keep the two in step.
import { svg, IView, RenderingContext, GNode, GEdge, GLabel, GPort, PolylineEdgeView, Point, toDegrees, angleOfPoint } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** Fill and stroke per element kind (node type suffix = EMF class name). */
export const KIND_STYLE: Record<string, { fill: string; stroke: string; shape: 'rect' | 'round' | 'store' | 'external' | 'process' }> = {
    Device: { fill: '#dcfce7', stroke: '#15803d', shape: 'rect' },
    Gateway: { fill: '#bbf7d0', stroke: '#166534', shape: 'rect' },
    CloudService: { fill: '#dbeafe', stroke: '#1d4ed8', shape: 'round' },
    MobileApp: { fill: '#ede9fe', stroke: '#6d28d9', shape: 'round' },
    WebApp: { fill: '#f3e8ff', stroke: '#7e22ce', shape: 'round' },
    Process: { fill: '#e0f2fe', stroke: '#0369a1', shape: 'process' },
    DataStore: { fill: '#fef3c7', stroke: '#b45309', shape: 'store' },
    ExternalEntity: { fill: '#f1f5f9', stroke: '#475569', shape: 'external' }
};

const SEVERITY_COLOR: Record<string, string> = { critical: '#7f1d1d', high: '#dc2626', medium: '#f59e0b', low: '#3b82f6', info: '#64748b' };

function args(element: any): any {
    return element.args ?? {};
}

function badge(element: any, x: number, y: number): VNode | undefined {
    const a = args(element);
    const count = a['findings'];
    if (!count) {
        return undefined;
    }
    const title = ['critical', 'high', 'medium', 'low', 'info'].filter(s => a['findings.' + s]).map(s => a['findings.' + s] + ' ' + s).join(', ');
    return <g class-tw-badge={true} transform={`translate(${x}, ${y})`}>
        <title>{'Open findings: ' + title}</title>
        <circle r="11" cx="0" cy="0" style={{ fill: SEVERITY_COLOR[a['findings.worst']] ?? '#dc2626', stroke: '#fff', strokeWidth: '1.5' }} />
        <text x="0" y="4" style={{ textAnchor: 'middle', fontSize: '11px', fontWeight: 'bold', fill: '#fff', fontFamily: 'sans-serif' }}>{String(count)}</text>
    </g>;
}

@injectable()
export class ElementView implements IView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode {
        const kind = node.type.substring('node:'.length);
        const style = KIND_STYLE[kind] ?? KIND_STYLE.Device;
        const w = Math.max(node.size.width, 0), h = Math.max(node.size.height, 0);
        const stroke = node.selected ? '#f97316' : style.stroke;
        const strokeWidth = node.selected ? '3' : '1.5';
        const shapeStyle = { fill: style.fill, stroke, strokeWidth };
        let shape: VNode;
        switch (style.shape) {
            case 'round': shape = <rect x="0" y="0" rx="14" ry="14" width={w} height={h} style={shapeStyle} />; break;
            case 'process': shape = <ellipse cx={w / 2} cy={h / 2} rx={w / 2} ry={h / 2} style={shapeStyle} />; break;
            case 'store': shape = <g>
                <rect x="0" y="0" width={w} height={h} style={{ ...shapeStyle, stroke: 'none' }} />
                <line x1="0" y1="0" x2={w} y2="0" style={{ stroke, strokeWidth }} />
                <line x1="0" y1={h} x2={w} y2={h} style={{ stroke, strokeWidth }} />
            </g>; break;
            case 'external': shape = <rect x="0" y="0" width={w} height={h} style={{ ...shapeStyle, strokeWidth: node.selected ? '3' : '2.5' }} />; break;
            default: shape = <rect x="0" y="0" rx="3" ry="3" width={w} height={h} style={shapeStyle} />;
        }
        return <g class-tw-node={true} class-selected={node.selected} class-tw-kind={true} attrs={{ 'data-kind': kind, 'data-id': node.id }}>
            {shape}
            <text x={w / 2} y={h - 6} style={{ textAnchor: 'middle', fontSize: '9px', fontFamily: 'sans-serif', fill: '#475569' }}>{'«' + (args(node).kind ?? kind) + '»'}</text>
            {context.renderChildren(node)}
            {badge(node, w - 2, 2)}
        </g>;
    }
}

@injectable()
export class BoundaryView implements IView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode {
        const w = Math.max(node.size.width, 0), h = Math.max(node.size.height, 0);
        return <g class-tw-boundary={true} class-selected={node.selected} attrs={{ 'data-id': node.id }}>
            <rect x="0" y="0" rx="8" ry="8" width={w} height={h}
                style={{ fill: 'rgba(254,226,226,0.25)', stroke: node.selected ? '#f97316' : '#dc2626', strokeWidth: node.selected ? '3' : '2', strokeDasharray: '10 5' }} />
            {context.renderChildren(node)}
            {badge(node, w - 2, 2)}
        </g>;
    }
}

/** The editable name of an element or boundary (double-click to rename). */
@injectable()
export class NameLabelView implements IView {
    render(label: Readonly<GLabel>, _context: RenderingContext): VNode {
        const align = args(label).align === 'start' ? 'start' : 'middle';
        const boundary = align === 'start';
        const owner: any = label.parent;
        const w = owner?.size?.width ?? 0, h = owner?.size?.height ?? 0;
        return <text class-tw-name={true} x={boundary ? 10 : w / 2} y={boundary ? 20 : h / 2 + 2}
            style={{ textAnchor: align, fontSize: boundary ? '13px' : '12px', fontWeight: boundary ? 'bold' : 'normal', fontFamily: 'sans-serif', fill: boundary ? '#b91c1c' : '#0f172a' }}>
            {label.text}
        </text>;
    }
}

/** An interface of an element: a small square on its bottom border, its name as tooltip. */
@injectable()
export class InterfacePortView implements IView {
    render(port: Readonly<GPort>, _context: RenderingContext): VNode {
        const a = args(port);
        const exposed = a.exposure === 'internet';
        return <g class-tw-interface={true}>
            <title>{(a.name ?? 'interface') + (a.protocol ? ' (' + a.protocol + ')' : '')}</title>
            <rect x="0" y="0" width={port.size.width} height={port.size.height}
                style={{ fill: exposed ? '#fca5a5' : '#fff', stroke: port.selected ? '#f97316' : '#334155', strokeWidth: '1.2' }} />
        </g>;
    }
}

/** A data flow: arrow at the target, "protocol / encryption" at the middle, red when unencrypted. */
@injectable()
export class FlowView extends PolylineEdgeView {
    protected override renderLine(edge: GEdge, segments: Point[], context: RenderingContext): VNode {
        const a = args(edge);
        const plain = a.encryption === 'none';
        let path = `M ${segments[0].x},${segments[0].y}`;
        for (let i = 1; i < segments.length; i++) {
            path += ` L ${segments[i].x},${segments[i].y}`;
        }
        return <path d={path} class-tw-flow={true} style={{ fill: 'none', stroke: edge.selected ? '#f97316' : (plain ? '#dc2626' : '#334155'), strokeWidth: edge.selected ? '3' : '1.5', strokeDasharray: plain ? '6 3' : '' }} />;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], _context: RenderingContext): VNode[] {
        const a = args(edge);
        const p1 = segments[segments.length - 2], p2 = segments[segments.length - 1];
        const arrow = <path d="M 1,0 L 10,-4 L 10,4 Z" style={{ fill: edge.selected ? '#f97316' : '#334155' }}
            transform={`rotate(${toDegrees(angleOfPoint({ x: p1.x - p2.x, y: p1.y - p2.y }))} ${p2.x} ${p2.y}) translate(${p2.x} ${p2.y})`} />;
        const mid = Math.floor((segments.length - 1) / 2);
        const m = { x: (segments[mid].x + segments[mid + 1].x) / 2, y: (segments[mid].y + segments[mid + 1].y) / 2 };
        const text = [a.protocol, a.encryption].filter((s: string) => s && s !== 'unspecified' && s !== 'unknown').join(' / ');
        const result: VNode[] = [arrow];
        if (text) {
            result.push(<text class-tw-flow-label={true} x={m.x} y={m.y - 4}
                style={{ textAnchor: 'middle', fontSize: '10px', fontFamily: 'sans-serif', fill: a.encryption === 'none' ? '#b91c1c' : '#1e293b', paintOrder: 'stroke', stroke: '#fff', strokeWidth: '3px' }}>{text}</text>);
        }
        const b = badge(edge, m.x, m.y + 12);
        if (b) {
            result.push(b);
        }
        return result;
    }
}
