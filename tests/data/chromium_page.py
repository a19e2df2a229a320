"""How the tests and benchmarks/page.py drive the network page in Debian's chromium.

Loaded by path (conftest.py registers it as ``chromium_page``), like network_sample.py.
"""

from __future__ import annotations

import shutil

#: Flags for a quiet, offline headless Chromium (Playwright adds its own as well).
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# True once vis has painted something on its canvas (it is transparent until then).
DRAWN = """() => {
  const canvas = document.querySelector('#mynetwork canvas');
  if (!canvas || !window.network) { return false; }
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < data.length; i += 4 * 61) { if (data[i] > 0) { return true; } }
  return false;
}"""
# Page coordinates of a node's centre.
NODE_XY = """(id) => {
  const p = network.canvasToDOM(network.getPosition(id));
  const box = document.getElementById('mynetwork').getBoundingClientRect();
  return [p.x + box.left, p.y + box.top];
}"""
# An edge whose midpoint hits that edge and no node: [id, x, y] in page coordinates.


def executable() -> str | None:
    """Debian's chromium, never a downloaded browser."""
    return shutil.which("chromium") or shutil.which("chromium-browser")
