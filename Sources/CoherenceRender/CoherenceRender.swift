// CoherenceRender: what to draw (Diagram, plain Swift values) and how to draw it (Graphviz,
// in process, behind one lock). See the DocC catalog CoherenceRender.docc.
