"""Loads one file of the hostile corpus with its real loader (run by the test inside a
sandbox: a fresh directory, no network). Prints what the load returned or raised; the
test then looks for PWNED (code ran) or the secret (a file was read).

    /usr/bin/python3 prove.py <file> <loader>
"""
import pickle
import sys
import zipfile

path, loader = sys.argv[1], sys.argv[2]
try:
    if loader == "pickle":
        with open(path, "rb") as f:
            value = pickle.load(f)
    elif loader == "joblib":
        import joblib
        value = joblib.load(path)
    elif loader.startswith("joblib:"):
        import os
        import joblib
        value = joblib.load(os.path.join(path, loader[len("joblib:"):]))
    elif loader == "numpy":
        import numpy as np
        value = np.load(path, allow_pickle=True)
    elif loader.startswith("npz:"):
        import numpy as np
        value = np.load(path, allow_pickle=True)[loader[4:]]
    elif loader == "gguf-template":
        import struct
        import jinja2
        data = open(path, "rb").read()
        _, _, _, kv = struct.unpack_from("<4sIQQ", data, 0)
        offset, metadata = 24, {}
        for _ in range(kv):
            (n,) = struct.unpack_from("<Q", data, offset); key = data[offset + 8:offset + 8 + n].decode(); offset += 8 + n
            (kind,) = struct.unpack_from("<I", data, offset); offset += 4
            (n,) = struct.unpack_from("<Q", data, offset); metadata[key] = data[offset + 8:offset + 8 + n].decode(); offset += 8 + n
        # As llama-cpp-python rendered it before the fix: a plain Environment.
        value = jinja2.Environment(loader=jinja2.BaseLoader()).from_string(
            metadata["tokenizer.chat_template"]).render(messages=[], add_generation_prompt=True)
    elif loader.startswith("onnx:"):
        import os
        import onnx
        model = onnx.load(os.path.join(path, loader[len("onnx:"):]))
        value = b"".join(t.raw_data for t in model.graph.initializer)
    elif loader.startswith("npz-in-zip:"):
        import io
        import numpy as np
        _, member, key = loader.split(":")
        value = np.load(io.BytesIO(zipfile.ZipFile(path).read(member)), allow_pickle=True)[key]
    elif loader.startswith("zip-member:"):
        value = pickle.loads(zipfile.ZipFile(path).read(loader[len("zip-member:"):]))
    else:
        raise SystemExit(f"unknown loader {loader}")
    if hasattr(value, "read"):
        value = value.read()
    print("loaded:", repr(value)[:200])
except Exception as error:  # the payload may already have run; the test checks its effect
    print("raised:", type(error).__name__, str(error)[:200])
