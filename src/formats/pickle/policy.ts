/**
 * Which globals a pickle may import. Three verdicts:
 * - `dangerous` (an error under both policies): the union of what picklescan, modelscan
 *   and fickling deny (sources below), what loads, writes, imports or evaluates, and
 *   every attribute walk: a dotted qualname or a dunder name whose steps are not each on
 *   the allowlist (`sklearn.base` + `np.testing._private.utils.runstring`).
 * - `safe`: exactly on the allowlist (allowlist.ts), or named in `allow-globals`.
 * - `unknown`: anything else; an error under `allowlist`, a warning under `denylist`.
 *
 * Names are first mapped as CPython's unpickler maps them (_compat_pickle, protocol < 3).
 */
import { ALLOWED } from './allowlist.js';
import { IMPORT_MAPPING, NAME_MAPPING } from './compat-pickle.js';

export type PicklePolicy = 'allowlist' | 'denylist';
export type GlobalVerdict = 'safe' | 'dangerous' | 'unknown';

/**
 * Modules dangerous as a whole, with every submodule. Sources: picklescan
 * (src/picklescan/scanner.py `_unsafe_globals`), modelscan (modelscan/settings.py
 * `unsafe_globals`), fickling (fickling/analysis.py `UnsafeImportsML.UNSAFE_MODULES`),
 * plus what issue 13's corpus reached (pkgutil.resolve_name, imaplib, logging.config).
 */
const DANGEROUS_MODULES = [
  // Processes, the interpreter, code
  'os',
  'posix',
  'nt',
  'subprocess',
  'sys',
  'runpy',
  'pty',
  'ctypes',
  'importlib',
  'imp',
  'code',
  'codeop',
  'commands',
  'bdb',
  'pdb',
  'timeit',
  'cProfile',
  'profile',
  'trace',
  'doctest',
  'pydoc',
  'site',
  'sysconfig',
  'gc',
  'inspect',
  'types',
  'signal',
  '_thread',
  'threading',
  'multiprocessing',
  'concurrent',
  'asyncio',
  'zipimport',
  'pkgutil',
  'builtins.__import__',
  '__builtins__',
  'marshal',
  'dill',
  'pickle',
  '_pickle',
  'cPickle',
  'copyreg.__globals__',
  'shelve',
  'idlelib',
  'lib2to3',
  'tkinter',
  'turtle',
  'ensurepip',
  'venv',
  'pip',
  'distutils',
  'setuptools',
  'logging.config',
  'unittest',
  'test',
  // Files
  'shutil',
  'tempfile',
  'glob',
  'io',
  '_io',
  'fileinput',
  'tarfile',
  'zipfile',
  'dbm',
  'sqlite3',
  'mmap',
  'resource',
  'pwd',
  'grp',
  'pathlib',
  'filecmp',
  'linecache',
  // Network
  'socket',
  'ssl',
  'select',
  'selectors',
  'socketserver',
  'http',
  'httplib',
  'urllib',
  'urllib2',
  'requests',
  'aiohttp',
  'ftplib',
  'smtplib',
  'imaplib',
  'poplib',
  'nntplib',
  'telnetlib',
  'xmlrpc',
  'webbrowser',
  'uuid._popen',
  // Libraries' loaders, writers and evaluators
  'numpy.f2py',
  'numpy.distutils',
  'numpy.testing',
  'numpy.ctypeslib',
  'numpy.lib.npyio',
  'numpy.lib.format',
  'torch.hub',
  'torch.jit',
  'torch.package',
  'torch.utils.cpp_extension',
  'torch._inductor',
  'torch._dynamo',
  'torch.fx',
  'torch.serialization.load',
  'torch.utils.collect_env',
  'torch.utils.bottleneck',
  'torch.utils._config_module',
  'torch.utils.data.datapipes.utils.decoder',
  'pandas.io',
  'pandas.compat.pickle_compat',
  'pandas.core.computation',
  'pandas.read_pickle',
  'joblib.numpy_pickle_compat',
  'sklearn.datasets',
  'xgboost.core.DMatrix',
];

/** Single callables that are dangerous even where their module is not (same sources). */
const DANGEROUS_NAMES = new Set([
  ...[
    'eval',
    'exec',
    'compile',
    'open',
    'getattr',
    'setattr',
    'delattr',
    '__import__',
    'breakpoint',
    'apply',
    'execfile',
    'input',
    'globals',
    'locals',
    'vars',
    'help',
    'memoryview',
    'file',
    'reload',
    'print',
    'type',
    'super',
    'classmethod',
    'staticmethod',
    'property',
    'dir',
    'id',
    'hasattr',
    'map',
    'filter',
    'iter',
    'next',
  ].map((n) => `builtins.${n}`),
  'operator.attrgetter',
  'operator.itemgetter',
  'operator.methodcaller',
  'operator.getitem',
  'functools.partial',
  'functools.reduce',
  'torch.load',
  'torch.storage._load_from_bytes',
  'numpy.load',
  'numpy.loadtxt',
  'numpy.genfromtxt',
  'numpy.fromfile',
  'numpy.fromregex',
  'numpy.save',
  'numpy.savez',
  'numpy.savez_compressed',
  'numpy.savetxt',
  'numpy.memmap',
  'numpy.core.memmap',
  'numpy.core.records.fromfile',
  'numpy._core.records.fromfile',
  'pandas.read_pickle',
  'pandas.eval',
  'joblib.load',
  'joblib.dump',
  'joblib.numpy_pickle.load',
  'joblib.numpy_pickle.dump',
  'lightgbm.basic.Booster.load_model',
]);

/**
 * Every name of builtins that is not a plain value is dangerous (fickling denies the
 * whole module; the allowlist keeps its value types).
 */
const BUILTINS = 'builtins';

const DUNDER = /^__\w+__$/;

/** Maps a global's module and name the way CPython's unpickler does for its protocol. */
export function mapName(module: string, name: string, protocol: number): [string, string] {
  if (protocol >= 3) return [module, name];
  const renamed = NAME_MAPPING[`${module} ${name}`];
  if (renamed) return [renamed[0], renamed[1]];
  return [IMPORT_MAPPING[module] ?? module, name];
}

function underModule(fullName: string, module: string): boolean {
  return fullName === module || fullName.startsWith(`${module}.`);
}

/** Classifies `module.name` (name may be a dotted qualname); module and name already mapped. */
export function classifyGlobal(
  module: string,
  name: string,
  extra: ReadonlySet<string> = new Set(),
): GlobalVerdict {
  const full = `${module}.${name}`;
  if (DANGEROUS_NAMES.has(full)) return 'dangerous';
  if (DANGEROUS_MODULES.some((m) => underModule(module, m) || underModule(full, m)))
    return 'dangerous';
  if (extra.has(full)) return 'safe';
  if (ALLOWED.has(full)) return stepsAllowed(module, name, extra) ? 'safe' : 'dangerous';
  if (module === BUILTINS || module.startsWith('builtins.')) return 'dangerous';
  // An attribute walk (`a.b.c`) or a dunder reached from anywhere: not the class it names.
  const segments = name.split('.');
  if (segments.length > 1 || segments.some((s) => DUNDER.test(s))) return 'dangerous';
  return 'unknown';
}

/** True when every prefix of a dotted qualname is itself allowed (`ZoneInfo`, then `ZoneInfo._unpickle`). */
function stepsAllowed(module: string, name: string, extra: ReadonlySet<string>): boolean {
  const segments = name.split('.');
  for (let i = 1; i < segments.length; i++) {
    const step = `${module}.${segments.slice(0, i).join('.')}`;
    if (!ALLOWED.has(step) && !extra.has(step)) return false;
  }
  return true;
}

/** True for an allowed class whose constructor must not be called (it loads a file). */
export function isNewOnly(module: string, name: string): boolean {
  return ALLOWED.get(`${module}.${name}`)?.newOnly === true;
}

/** Why a dangerous verdict was given, for the finding. */
export function dangerReason(module: string, name: string): string {
  const segments = name.split('.');
  if (
    !DANGEROUS_NAMES.has(`${module}.${name}`) &&
    !DANGEROUS_MODULES.some((m) => underModule(module, m) || underModule(`${module}.${name}`, m)) &&
    (segments.length > 1 || segments.some((s) => DUNDER.test(s)))
  )
    return 'walks attributes to something that is not on the allowlist';
  return 'can run code or touch the system when loaded';
}
