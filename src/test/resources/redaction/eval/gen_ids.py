import random
random.seed(20261202)
def bsn_ok(s):
    d=[int(c) for c in s]
    return len(d)==9 and (sum(d[i]*(9-i) for i in range(8))-d[8])%11==0 and s[0]!='0'
def gen_bsn():
    while True:
        s=str(random.randint(100000000,999999999))
        if bsn_ok(s): return s
def iban_check(cc,bban):
    def num(x): return ''.join(str(int(c,36)) for c in x)
    r=int(num(bban+cc+'00'))%97
    return '%02d'%(98-r)
def iban_ok(s):
    s=s.replace(' ','').upper()
    def num(x): return ''.join(str(int(c,36)) for c in x)
    return int(num(s[4:]+s[:4]))%97==1
if __name__=='__main__':
    print('BSN', [gen_bsn() for _ in range(50)])
    banks=['INGB','RABO','ABNA','TRIO','SNSB','ASNB','RBRB','KNAB','BUNQ']
    out=[]
    for i in range(50):
        b=random.choice(banks); acct='%010d'%random.randint(100000000,9999999999)
        out.append('NL'+iban_check('NL',b+acct)+b+acct)
    print('IBAN',out)
    be='%012d'%random.randint(10**10,10**12-1); print('BE','BE'+iban_check('BE',be)+be)
    de='%018d'%random.randint(10**16,10**18-1); print('DE','DE'+iban_check('DE',de)+de)
    # failing 9-digit
    f=[]
    while len(f)<10:
        s=str(random.randint(100000000,999999999))
        if not bsn_ok(s): f.append(s)
    print('FAIL9',f)
