package io.retentiondesk.core.calibration;

/**
 * The penalised maximum-likelihood fit of SPEC §12: customer-month rows with covariates {@code x} and outcome
 * {@code y} (churned in that month, 0 or 1), a constant hazard {@code h0·e^(Σ β_j·x_j)} per month over the
 * row's exposure {@code e} (the whole month, or the part of it before the churn), so the log-likelihood is the
 * piecewise-exponential (Poisson) one {@code Σ y·η − e·e^η} with {@code η = α + β·x}; each {@code β_j} has a
 * Gaussian prior {@code N(b_j, τ²)}. Newton's method with step halving on the penalised log-likelihood, which is
 * strictly concave, so the optimum is unique; the inverse of the negative Hessian there is the approximate
 * covariance. A dozen parameters need no library: a Cholesky solve of a 15 × 15 system per step.
 *
 * <p>Deterministic: rows are summed in order and only {@link StrictMath} is used, so the same rows give the same
 * bits on every JVM. Not thread-safe while fitting; the result is immutable.
 */
final class PenalisedPoissonFit {
    private static final int MAX_ITERATIONS = 200;
    private static final int MAX_HALVINGS = 40;

    /**
     * The optimum.
     *
     * @param alpha          the log baseline hazard per row
     * @param beta           the coefficients, in the order of the columns asked for
     * @param covariance     approximate covariance of (α, β…) from the curvature, row-major, (1+k)²
     * @param penalisedLogLik the penalised log-likelihood at the optimum
     * @param iterations     Newton steps taken
     */
    record Result(double alpha, double[] beta, double[] covariance, double penalisedLogLik, int iterations) {
        double betaVariance(int j) {
            int d = beta.length + 1;
            return covariance[(j + 1) * d + (j + 1)];
        }
    }

    private final double[] x;
    private final int stride;
    private final int[] columns;
    private final byte[] y;
    private final double[] exposure;
    private final int rows;
    private final double[] priorMean;
    private final double priorPrecision;

    /**
     * @param x         row-major covariates, {@code stride} values a row
     * @param stride    values per row
     * @param columns   which columns enter the model (those without any occurrence are left out)
     * @param y         outcomes, one per row
     * @param exposure  months at risk, one per row (1, or less in the month of a churn)
     * @param rows      how many rows of {@code x} and {@code y} to use (the first ones)
     * @param priorMean prior means of the chosen columns' coefficients
     * @param priorSd   prior standard deviation of every coefficient
     */
    PenalisedPoissonFit(double[] x, int stride, int[] columns, byte[] y, double[] exposure, int rows,
                        double[] priorMean, double priorSd) {
        this.x = x;
        this.stride = stride;
        this.columns = columns.clone();
        this.y = y;
        this.exposure = exposure;
        this.rows = rows;
        this.priorMean = priorMean.clone();
        this.priorPrecision = 1 / (priorSd * priorSd);
    }

    Result fit() {
        int k = columns.length;
        int d = k + 1;
        double[] theta = new double[d];
        System.arraycopy(priorMean, 0, theta, 1, k);
        // start the baseline where the prior's hazards match the number of events
        double events = 0;
        double expected = 0;
        for (int i = 0; i < rows; i++) {
            events += y[i];
            expected += exposure[i] * StrictMath.exp(eta(theta, i) - theta[0]);
        }
        theta[0] = StrictMath.log(Math.max(events, 0.5) / expected);
        double[] grad = new double[d];
        double[] info = new double[d * d];
        double objective = objective(theta);
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            derivatives(theta, grad, info);
            double[] step = Cholesky.solve(info, grad, d);
            double scale = 1;
            double[] candidate = new double[d];
            double next = Double.NEGATIVE_INFINITY;
            for (int h = 0; h <= MAX_HALVINGS; h++) {
                for (int j = 0; j < d; j++) {
                    candidate[j] = theta[j] + scale * step[j];
                }
                next = objective(candidate);
                if (Double.isFinite(next) && next >= objective) {
                    break;
                }
                scale /= 2;
            }
            if (!(Double.isFinite(next) && next >= objective)) {
                break; // no ascent left at machine precision: at the optimum
            }
            double largest = 0;
            for (int j = 0; j < d; j++) {
                largest = Math.max(largest, Math.abs(candidate[j] - theta[j]));
            }
            theta = candidate.clone();
            double gain = next - objective;
            objective = next;
            if (largest < 1e-9 || gain <= 1e-12 * (1 + Math.abs(objective))) {
                break;
            }
        }
        derivatives(theta, grad, info);
        double[] covariance = Cholesky.inverse(info, d);
        double[] beta = new double[k];
        System.arraycopy(theta, 1, beta, 0, k);
        return new Result(theta[0], beta, covariance, objective, iteration);
    }

    private double eta(double[] theta, int row) {
        double eta = theta[0];
        int base = row * stride;
        for (int j = 0; j < columns.length; j++) {
            double v = x[base + columns[j]];
            if (v != 0) {
                eta += theta[j + 1] * v;
            }
        }
        return eta;
    }

    private double objective(double[] theta) {
        double ll = 0;
        for (int i = 0; i < rows; i++) {
            double eta = eta(theta, i);
            ll += y[i] * eta - exposure[i] * StrictMath.exp(eta);
        }
        double penalty = 0;
        for (int j = 0; j < columns.length; j++) {
            double dev = theta[j + 1] - priorMean[j];
            penalty += dev * dev;
        }
        return ll - 0.5 * priorPrecision * penalty;
    }

    /** Gradient and information (negative Hessian) of the penalised log-likelihood. */
    private void derivatives(double[] theta, double[] grad, double[] info) {
        int d = columns.length + 1;
        java.util.Arrays.fill(grad, 0);
        java.util.Arrays.fill(info, 0);
        double[] z = new double[d];
        z[0] = 1;
        for (int i = 0; i < rows; i++) {
            int base = i * stride;
            for (int j = 0; j < columns.length; j++) {
                z[j + 1] = x[base + columns[j]];
            }
            double mu = exposure[i] * StrictMath.exp(eta(theta, i));
            double r = y[i] - mu;
            for (int a = 0; a < d; a++) {
                if (z[a] == 0) {
                    continue;
                }
                grad[a] += r * z[a];
                double mza = mu * z[a];
                for (int b = a; b < d; b++) {
                    info[a * d + b] += mza * z[b];
                }
            }
        }
        for (int j = 0; j < columns.length; j++) {
            grad[j + 1] -= priorPrecision * (theta[j + 1] - priorMean[j]);
            info[(j + 1) * d + (j + 1)] += priorPrecision;
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                info[a * d + b] = info[b * d + a];
            }
        }
    }

    /** Cholesky factorisation of a small symmetric positive-definite matrix, row-major. */
    static final class Cholesky {
        private Cholesky() {
        }

        static double[] factor(double[] a, int n) {
            double[] l = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double sum = a[i * n + j];
                    for (int k = 0; k < j; k++) {
                        sum -= l[i * n + k] * l[j * n + k];
                    }
                    if (i == j) {
                        // a row of zeros (a baseline with no rows) is kept solvable by a tiny ridge
                        l[i * n + i] = StrictMath.sqrt(Math.max(sum, 1e-12));
                    } else {
                        l[i * n + j] = sum / l[j * n + j];
                    }
                }
            }
            return l;
        }

        static double[] solve(double[] a, double[] b, int n) {
            return solveFactored(factor(a, n), b, n);
        }

        private static double[] solveFactored(double[] l, double[] b, int n) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = b[i];
                for (int k = 0; k < i; k++) {
                    sum -= l[i * n + k] * z[k];
                }
                z[i] = sum / l[i * n + i];
            }
            double[] out = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double sum = z[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= l[k * n + i] * out[k];
                }
                out[i] = sum / l[i * n + i];
            }
            return out;
        }

        static double[] inverse(double[] a, int n) {
            double[] l = factor(a, n);
            double[] inv = new double[n * n];
            double[] e = new double[n];
            for (int c = 0; c < n; c++) {
                java.util.Arrays.fill(e, 0);
                e[c] = 1;
                double[] col = solveFactored(l, e, n);
                for (int r = 0; r < n; r++) {
                    inv[r * n + c] = col[r];
                }
            }
            return inv;
        }
    }
}
