"""Test set-up: make sure a headless Chromium is available for the report's browser test.

Installs Debian's ``chromium`` package when it is missing and we are root with apt-get;
otherwise says so (the browser test then skips with that message). Never fails the run.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys


def main() -> int:
    if shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome"):
        return 0
    if os.environ.get("NEWSFRAME_NO_BROWSER_INSTALL"):
        print("chromium not installed (NEWSFRAME_NO_BROWSER_INSTALL set); browser test will skip")
        return 0
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        print("installing Debian's chromium for the report's browser test …", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        try:
            subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600)
            subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"],
                           check=True, env=env, timeout=1200)
        except (subprocess.SubprocessError, OSError) as exc:
            print(f"could not install chromium ({exc}); the browser test will skip", file=sys.stderr)
    else:
        print("chromium not found and cannot be installed here (needs root and apt-get); "
              "the browser test will skip")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
