/* Where clang -O2 stops inlining static helpers called from several places,
 * against the check's 80-statement rule. For scripts/measure-stack-usage.py;
 * not a lit test. */
void consume(void *p, unsigned long n);
long compute(long);
static long h1(long k)
{
	char buf[700];
	long a = compute(k), b = compute(a + 1);
	consume(buf, sizeof(buf));
	if (a > b) a = b * 3; else b = a * 5;
	return a + b + buf[k & 7];
}
long u1(long x) { char l[300]; consume(l, 300); return h1(x); }
long u2(long x) { char l[300]; consume(l, 300); return h1(x + 1); }
static long h2(long k)
{
	char buf[700];
	long a = compute(k), b = compute(a + 1), c = compute(b + 2);
	consume(buf, sizeof(buf));
	if (a > b) a = b * 3 + c; else b = a * 5 - c;
	for (int i = 0; i < 4; i++) a += compute(i * b) + buf[i];
	return a + b + c + buf[k & 7];
}
long u3(long x) { char l[300]; consume(l, 300); return h2(x); }
long u4(long x) { char l[300]; consume(l, 300); return h2(x + 1); }
long u5(long x) { char l[300]; consume(l, 300); return h2(x + 2); }
static long medium_helper(long k)
{
	char buf[700];
	long a = compute(k), b = compute(a + 1), c = compute(b + 2);
	consume(buf, sizeof(buf));
	if (a > b) a = b * 3 + c; else b = a * 5 - c;
	if (b > c) c = a ^ b; else a = c | b;
	for (int i = 0; i < 4; i++) a += compute(i * b) + buf[i];
	return a + b + c + buf[k & 7];
}
static long bigger_helper(long k)
{
	char buf[700];
	long a = compute(k), b = compute(a + 1), c = compute(b + 2);
	consume(buf, sizeof(buf));
	if (a > b) a = b * 3 + c; else b = a * 5 - c;
	if (b > c) c = a ^ b; else a = c | b;
	for (int i = 0; i < 4; i++) a += compute(i * b) + buf[i];
	if (a > b) a = b * 3 + c; else b = a * 5 - c;
	if (b > c) c = a ^ b; else a = c | b;
	for (int i = 0; i < 4; i++) a += compute(i * b) + buf[i];
	if (a > b) a = b * 3 + c; else b = a * 5 - c;
	if (b > c) c = a ^ b; else a = c | b;
	for (int i = 0; i < 4; i++) a += compute(i * b) + buf[i];
	return a + b + c + buf[k & 7];
}
long user_c(long x) { char l[300]; consume(l, 300); return bigger_helper(x); }
long user_d(long x) { char l[300]; consume(l, 300); return bigger_helper(x + 1); }
