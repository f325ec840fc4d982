/**
 * The dependency graph of a plan as integer arrays: tasks are numbered by their position
 * in the input, edges by theirs. A compressed adjacency list (CSR) of outgoing edges,
 * a topological order (Kahn's algorithm) and, when there is none, the loops that prevent it.
 */

export interface TaskGraph {
  /** Number of tasks. */
  readonly n: number;
  /** Predecessor and successor task of each edge. */
  readonly edgePred: Int32Array;
  readonly edgeSucc: Int32Array;
  /** Outgoing edges of task i are `outEdges[outStart[i] .. outStart[i + 1])`, in input order. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
}

/** Builds the graph of `n` tasks from edges given as (predecessor, successor) task numbers. */
export function buildGraph(n: number, edgePred: Int32Array, edgeSucc: Int32Array): TaskGraph {
  const m = edgePred.length;
  const outStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) outStart[edgePred[e]! + 1]!++;
  for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!;
  const fill = outStart.slice(0, n);
  const outEdges = new Int32Array(m);
  for (let e = 0; e < m; e++) outEdges[fill[edgePred[e]!]!++] = e;
  return { n, edgePred, edgeSucc, outStart, outEdges };
}

/**
 * Kahn's algorithm. Returns the tasks in an order where every predecessor comes before
 * its successors; ties keep the input order of the tasks that became ready first. When the
 * graph has a loop the result is shorter than `n`: the tasks on or behind a loop are missing.
 */
export function topologicalOrder(g: TaskGraph): Int32Array {
  const { n, edgeSucc, outStart, outEdges } = g;
  const indegree = new Int32Array(n);
  for (let e = 0; e < edgeSucc.length; e++) indegree[edgeSucc[e]!]!++;
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let k = outStart[v]!; k < outStart[v + 1]!; k++) {
      const s = edgeSucc[outEdges[k]!]!;
      if (--indegree[s]! === 0) order[tail++] = s;
    }
  }
  return tail === n ? order : order.slice(0, tail);
}

/**
 * One loop per group of tasks that depend on each other (strongly connected component with
 * more than one task), each given as task numbers starting at the group's first task in input
 * order and ending where it started: [a, b, c, a]. Each loop is a shortest one through that task.
 * Self-dependencies are not reported here (the caller refuses them separately).
 */
export function findLoops(g: TaskGraph): number[][] {
  const loops: number[][] = [];
  for (const component of stronglyConnectedComponents(g)) {
    if (component.length < 2) continue;
    const first = Math.min(...component);
    loops.push(shortestLoopThrough(g, first, new Set(component)));
  }
  return loops.sort((a, b) => a[0]! - b[0]!);
}

/** Tarjan's algorithm, iterative (a long chain must not overflow the call stack). */
function stronglyConnectedComponents(g: TaskGraph): number[][] {
  const { n, edgeSucc, outStart, outEdges } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  const callStack: number[] = [];
  const nextEdge = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callStack.push(root);
    index[root] = low[root] = counter++;
    nextEdge[root] = outStart[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length > 0) {
      const v = callStack[callStack.length - 1]!;
      if (nextEdge[v]! < outStart[v + 1]!) {
        const w = edgeSucc[outEdges[nextEdge[v]!++]!]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          nextEdge[w] = outStart[w]!;
          stack.push(w);
          onStack[w] = 1;
          callStack.push(w);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}

/** Breadth-first search from `start` back to itself, staying inside `within`. */
function shortestLoopThrough(g: TaskGraph, start: number, within: Set<number>): number[] {
  const { edgeSucc, outStart, outEdges } = g;
  const cameFrom = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let k = outStart[v]!; k < outStart[v + 1]!; k++) {
      const w = edgeSucc[outEdges[k]!]!;
      if (w === start) {
        const path = [start];
        for (let x = v; x !== start; x = cameFrom.get(x)!) path.push(x);
        path.push(start);
        path.reverse();
        return path;
      }
      if (within.has(w) && !cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  // Unreachable for a strongly connected component of two or more tasks.
  return [start, start];
}
