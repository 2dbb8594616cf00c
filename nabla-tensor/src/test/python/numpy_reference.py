#!/usr/bin/env python3
"""Reference data from NumPy for nabla-tensor's generator and .npy reader.

Writes into ../resources/numpy/ (relative to this script):

  random.json   draws of numpy.random.RandomState for several seeds (see the README there)
  npy/*.npy     arrays saved by numpy: every dtype, byte order, memory order and header version
                the reader accepts, plus damaged files it must reject
  print.json    arrays and their str() and repr() with NumPy's default print options
  npy.json      what each .npy file holds (dtype, shape, data flat in C order) or why it is bad

Deterministic: running it twice writes identical files. Run with Debian's python3-numpy:
    python3 numpy_reference.py
"""
import io
import json
import math
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "numpy")


def number(v):
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def random_cases():
    cases = []

    def state(rs):
        _, key, pos, has_gauss, gauss = rs.get_state()
        return {"key": [int(k) for k in key], "pos": int(pos)}

    seeds = [0, 1, 42, 12345, 2**32 - 1]
    for seed in seeds:
        case = {"seed": seed}
        case["state"] = state(np.random.RandomState(seed))
        case["uint32"] = [int(v) for v in np.random.RandomState(seed).randint(0, 2**32, size=1300, dtype=np.uint32)]
        case["random_sample"] = [number(v) for v in np.random.RandomState(seed).random_sample(700)]
        case["standard_normal"] = [number(v) for v in np.random.RandomState(seed).standard_normal(501)]
        rs = np.random.RandomState(seed)
        ranges = [[0, 10], [-5, 5], [0, 1], [3, 4], [0, 2**31], [0, 2**32], [0, 2**32 + 1], [-(2**40), 2**40],
                  [-(2**62), 2**62], [-(2**63), 2**63 - 1], [7, 1000]]
        case["randint"] = []
        for low, high in ranges:
            case["randint"].append({"low": low, "high": high, "values": [int(v) for v in rs.randint(low, high, size=25)]})
        cases.append(case)
    arrays = [[0], [1, 2, 3], [2**32 - 1, 7], list(range(700))]
    for seed in arrays:
        rs = np.random.RandomState(seed)
        cases.append({"seed_array": seed, "state": state(np.random.RandomState(seed)),
                      "random_sample": [number(v) for v in rs.random_sample(50)]})
    # interleaved draws: the cached normal survives other draws
    rs = np.random.RandomState(2024)
    steps = []
    for kind in ["randn", "rand", "randn", "randn", "randint", "randn", "uniform", "normal", "rand", "randn"]:
        if kind == "randn":
            steps.append({"draw": kind, "value": number(rs.randn())})
        elif kind == "rand":
            steps.append({"draw": kind, "value": number(rs.rand())})
        elif kind == "randint":
            steps.append({"draw": kind, "low": -3, "high": 17, "value": int(rs.randint(-3, 17))})
        elif kind == "uniform":
            steps.append({"draw": kind, "low": -2.0, "high": 5.0, "value": number(rs.uniform(-2.0, 5.0))})
        else:
            steps.append({"draw": kind, "loc": 1.5, "scale": 0.25, "value": number(rs.normal(1.5, 0.25))})
    cases.append({"seed": 2024, "interleaved": steps})
    return cases


def print_cases():
    """Arrays and what str() and repr() give for them with NumPy's default print options."""
    rs = np.random.RandomState(17)
    arrays = []
    seed = np.random.RandomState(0).rand(6).reshape(2, 3)
    arrays.append(("seed_rand", seed))
    changed = seed.copy()
    changed[0, 0] = 100
    arrays.append(("seed_changed", changed))
    arrays.append(("seed_numer_deriv", np.array([2.77255303, 1.49989128])))
    arrays.append(("seed_gradient", np.array([6495.11747766, 9991.27508271, 6409.91010514])))
    arrays.append(("seed_gradient_h", np.array([6502.8585877, 10004.79455543, 6411.66329297])))
    shapes = [(), (1,), (4,), (2, 3), (3, 1), (2, 2, 3), (2, 1, 2, 2)]
    scales = {"unit": (0, 1), "signed": (-1, 1), "large": (-1e5, 1e5), "tiny": (-1e-6, 1e-6), "huge": (1e8, 1e12)}
    for dtype in (np.float64, np.float32):
        for shape in shapes:
            for name, (lo, hi) in scales.items():
                arrays.append((f"{np.dtype(dtype).name}_{name}_{'x'.join(map(str, shape)) or '0d'}",
                               rs.uniform(lo, hi, size=shape).astype(dtype)))
        arrays.append((f"{np.dtype(dtype).name}_whole", np.array([1.0, -2.0, 30.0], dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_short_digits", np.array([0.1, 0.25, 1.5, -0.0], dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_zeros", np.zeros((2, 2), dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_nan_inf", np.array([np.nan, 1.5, -np.inf, np.inf], dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_only_nan", np.array([np.nan, np.nan], dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_nan_sci", np.array([np.nan, 1e-7, 3.0], dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_wide_range", np.array([1.0, 2000.0, 0.5], dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_long_row", rs.normal(size=30).astype(dtype)))
        arrays.append((f"{np.dtype(dtype).name}_long_rows", rs.normal(size=(3, 12)).astype(dtype)))
        arrays.append((f"{np.dtype(dtype).name}_summary", rs.normal(size=(40, 40)).astype(dtype)))
        arrays.append((f"{np.dtype(dtype).name}_summary_1d", rs.uniform(size=2000).astype(dtype)))
        arrays.append((f"{np.dtype(dtype).name}_summary_3d", rs.uniform(size=(12, 11, 10)).astype(dtype)))
        arrays.append((f"{np.dtype(dtype).name}_empty", np.zeros((0,), dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_empty_2d", np.zeros((0, 3), dtype=dtype)))
        arrays.append((f"{np.dtype(dtype).name}_cut_at_8", np.array([0.123456785, 1 / 3, 2 / 3, 0.999999999], dtype=dtype)))
    arrays.append(("int64_vector", np.array([1, -20, 300])))
    arrays.append(("int64_matrix", rs.randint(-1000, 1000, size=(3, 4))))
    arrays.append(("int64_0d", np.array(-7)))
    arrays.append(("int64_long_row", np.arange(-40, 40)))
    arrays.append(("int64_summary", np.arange(3000).reshape(30, 100)))
    arrays.append(("int64_empty", np.zeros((0,), dtype=np.int64)))
    arrays.append(("bool_vector", np.array([True, False, True])))
    arrays.append(("bool_matrix", rs.rand(3, 3) < 0.5))
    arrays.append(("bool_0d", np.array(True)))
    arrays.append(("bool_long_row", rs.rand(30) < 0.5))
    cases = []
    for name, a in arrays:
        c = np.array(a, order="C")
        kind = {"f": "float64" if c.dtype.itemsize == 8 else "float32", "i": "int64", "b": "bool"}[c.dtype.kind]
        flat = c.reshape(-1).tolist()
        if kind.startswith("float"):
            flat = [number(v) for v in flat]
        elif kind == "bool":
            flat = [bool(v) for v in flat]
        else:
            flat = [int(v) for v in flat]
        cases.append({"id": name, "array": {"kind": "tensor", "dtype": kind, "shape": list(c.shape), "data": flat},
                      "str": str(a), "repr": repr(a)})
    return cases


def header_v(arr, version, fortran=False):
    """The bytes numpy writes for arr with an explicit format version."""
    buf = io.BytesIO()
    np.lib.format.write_array(buf, np.asfortranarray(arr) if fortran else arr, version=version)
    return buf.getvalue()


def raw_header(text):
    """A version 1.0 file whose header is text, with no data."""
    return b"\x93NUMPY\x01\x00" + len(text).to_bytes(2, "little") + text


def npy_files():
    base = np.arange(1, 7, dtype=np.float64).reshape(2, 3) / 4 - 0.5
    rs = np.random.RandomState(5)
    files = []

    def good(name, arr, version=(1, 0), fortran=False):
        data = header_v(arr, version, fortran)
        c = np.ascontiguousarray(arr)
        kind = {"f": "float64" if c.dtype.itemsize == 8 else "float32", "i": "int64", "u": "int64", "b": "bool"}[c.dtype.kind]
        flat = c.reshape(-1).tolist()
        if kind.startswith("float"):
            flat = [number(v) for v in flat]
        elif kind == "bool":
            flat = [bool(v) for v in flat]
        else:
            flat = [int(v) for v in flat]
        files.append((name, data, {"file": name, "descr": np.lib.format.dtype_to_descr(arr.dtype),
                                   "fortran_order": bool(fortran and arr.ndim > 1), "version": list(version),
                                   "dtype": kind, "shape": list(arr.shape), "data": flat}))

    def bad(name, data, reason):
        files.append((name, data, {"file": name, "error": reason}))

    good("f8_2x3.npy", base)
    good("f4_2x3.npy", base.astype(np.float32))
    good("i8_3x2.npy", np.array([[1, -2], [3, 2**40], [-(2**63), 2**63 - 1]], dtype=np.int64))
    good("b1_4.npy", np.array([True, False, False, True]))
    good("f8_0d.npy", np.array(2.5))
    good("i8_0d.npy", np.array(-7, dtype=np.int64))
    good("f8_empty_0x3.npy", np.zeros((0, 3)))
    good("f8_empty_0.npy", np.zeros((0,)))
    good("f8_special.npy", np.array([np.nan, np.inf, -np.inf, -0.0, 5e-324, 1.7976931348623157e308]))
    good("f4_special.npy", np.array([np.nan, np.inf, -np.inf, -0.0, 1e-45, 3.4028235e38], dtype=np.float32))
    good("f8_big_endian.npy", base.astype(">f8"))
    good("f4_big_endian.npy", base.astype(">f4"))
    good("i8_big_endian.npy", np.array([1, -2, 2**50], dtype=">i8"))
    good("f8_fortran_3x4.npy", rs.normal(size=(3, 4)), fortran=True)
    good("i8_fortran_2x3x4.npy", np.arange(24, dtype=np.int64).reshape(2, 3, 4), fortran=True)
    good("f4_fortran_big_endian.npy", rs.normal(size=(2, 5)).astype(">f4"), fortran=True)
    good("f8_fortran_1d.npy", np.array([1.0, 2.0, 3.0]), fortran=True)
    good("f8_v2.npy", rs.normal(size=(3, 2)), version=(2, 0))
    good("f8_v3.npy", rs.normal(size=(2, 2)), version=(3, 0))
    good("f8_4d.npy", rs.normal(size=(2, 1, 3, 2)))
    good("seed0_rand_2x3.npy", np.random.RandomState(0).rand(6).reshape(2, 3))
    # numpy's widening-free integer types the reader accepts as int64
    good("i4_5.npy", np.array([1, -2, 3, 2**31 - 1, -(2**31)], dtype=np.int32))
    good("u1_3.npy", np.array([0, 128, 255], dtype=np.uint8))
    ok = header_v(base, (1, 0))
    bad("bad_magic.npy", b"\x93NUMPZ" + ok[6:], "magic")
    bad("bad_version.npy", ok[:6] + b"\x04\x00" + ok[8:], "version")
    bad("truncated_data.npy", ok[:-5], "truncated")
    bad("truncated_header.npy", ok[:30], "truncated")
    bad("complex.npy", header_v(np.array([1 + 2j, 3 - 1j]), (1, 0)), "dtype")
    bad("float16.npy", header_v(np.array([1.0, 2.0], dtype=np.float16), (1, 0)), "dtype")
    bad("structured.npy", header_v(np.zeros(2, dtype=[("a", "<f8"), ("b", "<i4")]), (1, 0)), "dtype")
    bad("uint64.npy", header_v(np.array([1, 2], dtype=np.uint64), (1, 0)), "dtype")
    bad("header_not_dict.npy", raw_header(b"[1, 2, 3]\n"), "header")
    bad("header_no_shape.npy", raw_header(b"{'descr': '<f8', 'fortran_order': False, }  \n"), "header")
    bad("header_bad_shape.npy", raw_header(b"{'descr': '<f8', 'fortran_order': False, 'shape': (2, -3), }\n"), "header")
    bad("empty_file.npy", b"", "truncated")
    return files


def main():
    os.makedirs(os.path.join(OUT, "npy"), exist_ok=True)
    with open(os.path.join(OUT, "random.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "nabla-tensor/src/test/python/numpy_reference.py", "numpy": np.__version__,
                   "cases": random_cases()}, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    with open(os.path.join(OUT, "print.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "nabla-tensor/src/test/python/numpy_reference.py", "numpy": np.__version__,
                   "cases": print_cases()}, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    files = npy_files()
    for name, data, _ in files:
        with open(os.path.join(OUT, "npy", name), "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "npy.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "nabla-tensor/src/test/python/numpy_reference.py", "numpy": np.__version__,
                   "files": [meta for _, _, meta in files]}, f, indent=1, allow_nan=False)
        f.write("\n")
    print(f"random cases: {len(random_cases())}, npy files: {len(files)}")


if __name__ == "__main__":
    main()
