"""The benign corpus: real files written by scikit-learn, pandas, NumPy, joblib and XGBoost
(Debian's), which validate-model must pass with zero findings.

    /usr/bin/python3 test/corpus/benign.py <dir>
"""
import collections
import datetime
import os
import pickle
import sys
import warnings
import zoneinfo

import joblib
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn import (calibration, cluster, compose, decomposition, discriminant_analysis, ensemble,
                     feature_selection, gaussian_process, impute, isotonic, kernel_approximation,
                     linear_model, model_selection, multiclass, naive_bayes, neighbors, neural_network,
                     pipeline, preprocessing, svm, tree)
from sklearn.datasets import make_classification, make_regression

warnings.filterwarnings("ignore")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def dump(name, obj, protocols=(2, 4, 5), joblib_too=False):
    for proto in protocols:
        with open(os.path.join(out, f"{name}_p{proto}.pkl"), "wb") as f:
            pickle.dump(obj, f, protocol=proto)
    if joblib_too:
        joblib.dump(obj, os.path.join(out, f"{name}.joblib"))
        joblib.dump(obj, os.path.join(out, f"{name}.z.joblib"), compress=3)


X, y = make_classification(n_samples=120, n_features=6, random_state=0)
Xr, yr = make_regression(n_samples=120, n_features=6, random_state=0)
frame = pd.DataFrame(X, columns=[f"f{i}" for i in range(6)])
frame["cat"] = pd.Categorical(np.where(y == 1, "a", "b"))
classifiers = {
    "logreg": linear_model.LogisticRegression(max_iter=200),
    "sgd": linear_model.SGDClassifier(),
    "tree": tree.DecisionTreeClassifier(),
    "rf": ensemble.RandomForestClassifier(n_estimators=3),
    "gb": ensemble.GradientBoostingClassifier(n_estimators=3),
    "hgb": ensemble.HistGradientBoostingClassifier(max_iter=3),
    "ada": ensemble.AdaBoostClassifier(n_estimators=3),
    "svc": svm.SVC(probability=True),
    "knn": neighbors.KNeighborsClassifier(),
    "nb": naive_bayes.GaussianNB(),
    "mlp": neural_network.MLPClassifier(max_iter=20),
    "lda": discriminant_analysis.LinearDiscriminantAnalysis(),
    "calibrated": calibration.CalibratedClassifierCV(linear_model.LogisticRegression(), cv=2),
    "ovr": multiclass.OneVsRestClassifier(linear_model.LogisticRegression()),
    "kbest": pipeline.make_pipeline(feature_selection.SelectKBest(k=3), linear_model.LogisticRegression()),
    "scaled": pipeline.make_pipeline(preprocessing.StandardScaler(), impute.SimpleImputer(), linear_model.LogisticRegression()),
    "stacking": ensemble.StackingClassifier([("a", linear_model.LogisticRegression()), ("b", tree.DecisionTreeClassifier())]),
    "voting": ensemble.VotingClassifier([("a", linear_model.LogisticRegression()), ("b", naive_bayes.GaussianNB())], voting="soft"),
    "grid": model_selection.GridSearchCV(linear_model.LogisticRegression(), {"C": [0.1, 1]}, cv=2),
    "rbf": pipeline.make_pipeline(kernel_approximation.RBFSampler(n_components=5), linear_model.SGDClassifier()),
    "xgb": xgb.XGBClassifier(n_estimators=3, max_depth=2),
}
for name, model in classifiers.items():
    dump(f"sklearn_{name}", model.fit(X, y), joblib_too=True)
regressors = {
    "ridge": linear_model.Ridge(), "extratrees": ensemble.ExtraTreesRegressor(n_estimators=3),
    "hgbr": ensemble.HistGradientBoostingRegressor(max_iter=3), "svr": svm.SVR(),
    "gp": gaussian_process.GaussianProcessRegressor(),
}
for name, model in regressors.items():
    dump(f"sklearn_{name}", model.fit(Xr, yr), joblib_too=True)
dump("sklearn_kmeans", cluster.KMeans(n_clusters=3, n_init=1).fit(X), joblib_too=True)
dump("sklearn_pca", decomposition.PCA(2).fit(X), joblib_too=True)
dump("sklearn_isolation", ensemble.IsolationForest(n_estimators=3).fit(X), joblib_too=True)
dump("sklearn_isotonic", isotonic.IsotonicRegression().fit(Xr[:, 0], yr), joblib_too=True)
# A false alarm seen before: FunctionTransformer(np.log1p) keeps a NumPy ufunc.
dump("sklearn_log1p", pipeline.make_pipeline(preprocessing.FunctionTransformer(np.log1p), linear_model.LogisticRegression()).fit(np.abs(X), y), joblib_too=True)
columns = compose.ColumnTransformer([("num", preprocessing.StandardScaler(), [f"f{i}" for i in range(6)]),
                                     ("cat", preprocessing.OneHotEncoder(handle_unknown="ignore"), ["cat"])])
dump("sklearn_columns", pipeline.make_pipeline(columns, linear_model.LogisticRegression()).fit(frame, y), joblib_too=True)
dump("xgboost_booster", xgb.train({"max_depth": 2}, xgb.DMatrix(X, y), 3))

# pandas, with the time zones that were false alarms before (UTC, zoneinfo, pytz).
dump("pandas_frame", frame)
dump("pandas_utc", pd.DataFrame({"t": pd.date_range("2024-01-01", periods=5, tz="UTC"), "v": range(5)}))
dump("pandas_zoneinfo", pd.DataFrame({"t": pd.date_range("2024-01-01", periods=3, tz=zoneinfo.ZoneInfo("Europe/Paris"))}))
dump("pandas_pytz", pd.DataFrame({"t": pd.date_range("2024-01-01", periods=3, tz="America/New_York")}))
dump("pandas_multiindex", pd.DataFrame({"a": [1, 2]}, index=pd.MultiIndex.from_tuples([(1, "a"), (2, "b")])))
dump("pandas_period", pd.Series(pd.period_range("2024-01", periods=3, freq="M")))
dump("pandas_interval", pd.Series(pd.interval_range(0, 3)))
dump("pandas_timedelta", pd.Series(pd.to_timedelta([1, 2], unit="D")))
dump("pandas_nullable", pd.Series([1, None], dtype="Int64"))
dump("pandas_string", pd.Series(["a", None], dtype="string"))
dump("pandas_sparse", pd.Series(pd.arrays.SparseArray([0, 0, 1])))
dump("datetime_utc", datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc))
dump("datetime_zoneinfo", datetime.datetime(2024, 1, 1, tzinfo=zoneinfo.ZoneInfo("UTC")))

# NumPy arrays and generators, pickled, in joblib files, and as .npy/.npz.
arrays = {
    "float32": np.zeros((3, 3), np.float32), "int64": np.arange(5), "bool": np.array([True]),
    "complex": np.array([1j]), "record": np.zeros(2, dtype=[("a", "f4"), ("b", "i8")]),
    "str": np.array(["ab", "c"]), "datetime": np.array(["2024-01-01"], dtype="datetime64[D]"),
    "objects": np.array([1, "a", None], dtype=object), "masked": np.ma.array([1, 2], mask=[0, 1]),
    "scalar": np.float64(1.5), "generator": np.random.default_rng(0), "randomstate": np.random.RandomState(0),
    "matrix": np.matrix([[1, 2]]),
}
for name, value in arrays.items():
    dump(f"numpy_{name}", value, joblib_too=True)
np.save(os.path.join(out, "numpy_float32.npy"), arrays["float32"])
np.save(os.path.join(out, "numpy_record.npy"), arrays["record"])
np.savez(os.path.join(out, "numpy_arrays.npz"), a=arrays["float32"], b=arrays["int64"])
np.savez_compressed(os.path.join(out, "numpy_compressed.npz"), a=arrays["str"])

# Plain Python values, every protocol.
for name, value in {"ordereddict": collections.OrderedDict(a=1), "defaultdict": collections.defaultdict(list),
                    "counter": collections.Counter("ab"), "set": {1, 2}, "frozenset": frozenset([1]),
                    "bytes": b"x", "bytearray": bytearray(b"x"), "complex": 1j, "slice": slice(1, 2),
                    "range": range(3), "date": datetime.date(2024, 1, 1), "timedelta": datetime.timedelta(1)}.items():
    dump(f"python_{name}", value, protocols=(0, 1, 2, 3, 4, 5))
print(len(os.listdir(out)))
