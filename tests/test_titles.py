"""The title and date of every real page, as a person reading the page gives them, and the rules
that find them (``find_title``, ``find_date``, ``page_meta.tsv``).

The expectations were written by reading each page, not from the code's output: the title is
the headline the page shows (``""`` when it shows none: an excerpt starting mid-story, a
WeChat-style opening), the date the publication date it states (a labelled or masthead date
before a date in the story; a date in the story when the page states no other; None when it
states none with a year)."""

from pathlib import Path

import pytest

from kg.ingest import decode
from kg.normalize import find_date, find_title, html_headings, is_breadcrumb, normalize, strip_site_suffix

ROOT = Path(__file__).resolve().parent.parent

PAGES = {
    "seeds/000_043263e2975a06e6.txt": ("省卫生健康委：推动优质医疗资源向都市圈城市延伸", None),
    "seeds/001_1ec92f10216231cd.txt": ("教育医疗", "2024-10-18"),
    # the only full date is in the related-news list after the page
    "seeds/002_7fe10b0de2597e18.txt": ("长春市:积极推进东北亚医学中心建设,全力守护人民群众健康福祉", None),
    "seeds/003_de1bad5646875071.txt": ("誓言与忠诚", None),
    # a newspaper front page: two rubrics, a kicker ending in ——, then the headline
    "seeds/004_b5298c9f952c09c5.txt": ("群众“家门口”看病从有到优", None),
    "tests/data/docs/101_sichuan_yigongti.txt": ("四川省眉山市丹棱县：县域医共体让群众在家门口看好病", "2025-09-16"),
    "tests/data/docs/102_zhejiang_traditional.txt": ("浙江省杭州市：城市医疗集团让优质资源「流动」起来", "2025-11-03"),
    "tests/data/docs/103_henan_wrapped.txt": ("远程医疗连通城乡 疑难病会诊不出县", None),
    "tests/data/docs/104_guangdong_group.txt": ("广东省深圳市罗湖区：以医疗集团为纽带打造“健康罗湖”", None),
    "tests/data/docs/200_beijing_changping-nanbu-yilianti.txt": ("昌平区南部医联体扩容,新添3家成员单位", "2026-01-28"),
    "tests/data/docs/201_beijing_wjw-2023-jixiao.txt": ("", None),
    "tests/data/docs/202_tianjin_zongyiyuan-gangkou.txt": ("", None),
    "tests/data/docs/203_tianjin_tianda-yijiao-lianheti.txt": ("天津医疗卫生再添新力量:天大医教联合体成立 6家附属医院揭牌", None),
    "tests/data/docs/204_hebei_xianyu-yigongti.txt": ("让百姓在家门口看好病", None),
    "tests/data/docs/205_shanxi_shengrenmin-jiancaoping.txt": ("", None),
    "tests/data/docs/206_neimenggu_hangjinhouqi-xietongti.txt": ("杭锦后旗医院与自治区人民医院签署高层医疗协同体协议", "2024-05-21"),
    "tests/data/docs/207_neimenggu_mingyi-gongzuoshi.txt": ("内蒙古人民医院与新城区政府正式签约“名医工作室”合作协议", None),
    "tests/data/docs/208_liaoning_shenyang-fengtian-yiyuan.txt": ("沈阳西部区域医疗中心呼之欲出", None),
    "tests/data/docs/209_heilongjiang_haerbin-shishu-yiyuan-gongjian.txt": ("医院|与哈医大合作,市校双方将共建4家市属医院", None),
    "tests/data/docs/210_shanghai_yangpu-shidong-yiyuan.txt": ("杨浦区政府与复旦大学共建市东医院", "2025-05-14"),
    "tests/data/docs/211_jiangsu_subei-weichang-lianmeng.txt": ("", None),
    "tests/data/docs/212_jiangsu_nanjing-ertong-lianshui.txt": ("", "2026-01-10"),
    "tests/data/docs/213_anhui_gongli-yiyuan-lianmeng.txt": ("", None),
    "tests/data/docs/214_anhui_feixi-anyidayifuyuan.txt": ("肥西县与安医大一附院合作共建签约仪式举行", "2023-08-17"),
    "tests/data/docs/215_fujian_anxi-zhongyiyuan.txt": ("", None),
    "tests/data/docs/216_fujian_quanzhou-shequ-yiyuan.txt": ("泉州全面开展社区医院建设", None),
    "tests/data/docs/217_shanghai_fengxian-xinhua-yiyuan.txt": ("奉贤区与上海交通大学医学院附属新华医院举行交流座谈会", None),
    "tests/data/docs/218_fujian_jinjiang-guojia-quyu-zhongxin.txt": ("", None),
    "tests/data/docs/219_hebei_yigongti-shidianxian.txt": ("", None),
    "tests/data/docs/220_jiangxi_nandaeryuan-xinjian.txt": ("南大二附院新建院区签约", "2024-12-17"),
    "tests/data/docs/221_shandong_yuhuangding-nanshan.txt": ("烟台毓璜顶医院与龙口南山养生谷肿瘤医院 举行医联体签约揭牌仪式", "2025-08-06"),
    "tests/data/docs/222_hubei_huanggang-xiangeyiliao.txt": ("湘鄂医疗携手结对抗疫情 共建区域健康新格局", "2025-07-25"),
    "tests/data/docs/223_hunan_loudi-yiliantihuiyi.txt": ("聚力国区建设 深化医联体协同 共绘高质量发展新蓝图", "2026-02-05"),
    # a notice signed 2025年11月18日; 2025年11月24日 in it is the end of the objection period
    "tests/data/docs/224_guangxi_linchuangzhongdianzhuanke.txt": ("", "2025-11-18"),
    "tests/data/docs/225_hainan_wuzhishan-tuoguan.txt": ("海南省人民医院托管五指山市人民医院", "2023-11-18"),
    "tests/data/docs/226_chongqing_wulong-yiliant.txt": ("重医大附一院与区人民医院共建紧密型医联体", "2024-01-08"),
    "tests/data/docs/227_guizhou_qixingguan-fenyuan.txt": ("贵州医科大学附属医院七星关分院挂牌成立", "2022-12-30"),
    "tests/data/docs/228_yunnan_zhaotong-pifu.txt": ("高水平专家基层行云南首站——乌蒙山深处盛开“皮肤健康花”", "2025-09-03"),
    "tests/data/docs/229_xizang_weijian-yuanzang.txt": ("全国卫生健康系统援藏会促西藏发展", "2019-09-18"),
    "tests/data/docs/230_zhejiang_shaoyifu-shaoxing.txt": ("邵逸夫医院绍兴院区落户上虞", "2018-08-08"),
    "tests/data/docs/231_hunan_hengshan-yiliant.txt": ("湖南省人民医院与衡山县人民医院举行医联体签约授牌仪式", "2025-07-25"),
    "tests/data/docs/232_guangxi_guilin-guoqu.txt": ("中南大学湘雅二院到我市调研国家区域医疗中心建设", "2022-01-11"),
    "tests/data/docs/240_shaanxi_xjtu-yiliao-lianmeng.txt": ("", "2017-05-21"),
    "tests/data/docs/241_gansu_landayiyuan-linxia.txt": ("兰大一院携手我州三县共建医疗新生态", None),
    "tests/data/docs/242_qinghai_qhdx-fushu-guapai.txt": ("", None),
    "tests/data/docs/243_ningxia_nxrmyy-jingyuan-yizhen.txt": ("", "2026-01-19"),
    "tests/data/docs/244_xinjiang_yiliao-yuanjiang.txt": ("医疗援疆,对口援疆的大爱底色", "2025-08-29"),
    "tests/data/docs/245_xianggang_ha-go-yuyue.txt": ("李夏茵：「HA Go」未来集预约及缴费功能 省市民排队及轮候时间", "2025-08-23"),
    "tests/data/docs/246_aomen_xiehe-aomen-weiyuanhui.txt": ("京协和澳委会举行全体会议", "2022-09-09"),
    "tests/data/docs/247_taiwan_yibing-gonghao-lianmeng.txt": ("", "2026-02-07"),
    "tests/data/docs/248_guangdong_panyu-weijianju-2022.txt": ("", None),
    "tests/data/docs/249_henan_hnzy-yifuyuan-yiliaojituan.txt": ("", None),
    "tests/data/docs/250_sichuan_chengdu-yigongti.txt": ("", None),
    "tests/data/docs/251_jilin_jidaeryuan-yanbian-chaoyi.txt": ("", None),
    # a 网易号 post whose stored copy opens with the lead paragraph; 開啟醫療協作新篇章 is a section head
    "tests/data/docs/260_beijing_shougang-beiyuan.txt": ("", None),
    # 11月24日电 has no year; the copyright years in the footer are not a date
    "tests/data/docs/261_hebei_jingjinji-yiliant.txt": ("河北与京津共建3批次115个京津冀医联体", None),
    "tests/data/docs/262_shanxi_yangqu-shengzhongyiyuan.txt": ("阳曲县与省中医院开展深度合作", None),
    # opens with the story (2025年3月9日,…), the only date
    "tests/data/docs/263_neimenggu_youyi-neimenggu.txt": ("", "2025-03-09"),
    # 医院新闻 is the column; the date is the signing in the story
    "tests/data/docs/264_liaoning_xigang-zhongxiyi-lianmeng.txt": ("凝心致远 聚力前行——大连市西岗区中西医结合专科联盟签约仪式圆满举行", "2024-03-12"),
    "tests/data/docs/265_liaoning_ganjingzi-dayifuyi.txt": ("", None),
    "tests/data/docs/266_jilin_dunhua-jidayiyuan.txt": ("吉大一院与敦化市人民政府举行合作签约仪式暨吉大一院敦化医院揭牌仪式", "2022-09-07"),
    "tests/data/docs/267_heilongjiang_jixian-hayida-eryuan.txt": ("集贤县人民医院与哈尔滨医科大学附属第二医院签约暨大型义诊活动圆满成功", "2025-12-23"),
    # a spam line, then the headline after a 【要聞】 rubric; the date line is 2024-10-16 501 (with views)
    "tests/data/docs/268_shanghai_ruijin-minhang.txt": ("打造高水平研究型医院建设新标杆!上海交通大学医学院附属瑞金医院闵行院区共建协议签约仪式举行", "2024-10-16"),
    # an excerpt starting at a caption-like lead; 8月11日 has no year
    "tests/data/docs/269_jiangsu_shengrenmin-suqian.txt": ("", None),
    # the only full dates are in the related-links list after the page
    "tests/data/docs/270_jiangsu_jiangdafuyuan-siyang.txt": ("", None),
    "tests/data/docs/271_zhejiang_shengzhou-zheyiyiyuan.txt": ("", None),
    "tests/data/docs/272_anhui_guangde-huzhou.txt": ("我院与湖州市中心医院正式签署医联体合作协议", "2021-10-13"),
    # a 福建日报 feature whose headline is not in the stored copy: byline, photo captions, 核心提示,
    # then the story; 织密网底,… is a section head; 3月3日 and 3月7日 have no year
    "tests/data/docs/280_fujian_jiangle-zongyiyuan.txt": ("", None),
    # the labelled date of the reprint, though the story it carries (10月22日讯) is years older
    "tests/data/docs/281_fujian_mawei-sansuoyiyuan.txt": ("马尾区将建三所三级医院 全面推进医疗体制改革", "2021-09-20"),
    "tests/data/docs/282_jiangxi_poyang-beiyuan.txt": ("鄱阳县人民医院北院(江西省人民医院鄱阳医院)正式启用", "2026-01-20"),
    "tests/data/docs/283_shandong_heze-shengli-yiliant.txt": ("省立医院与菏泽两家医院建立医联体", "2021-12-23"),
    "tests/data/docs/284_shandong_weishan-shengli-jituan.txt": ("肖伟一行赴县人民医院开展“山东省立医院集团微山医院”揭牌仪式", "2024-07-30"),
    "tests/data/docs/285_henan_shengyi-beiyuanqu.txt": ("重磅!河南省人民医院北院区合作建设签约", None),
    "tests/data/docs/286_hubei_xiangcheng-renmin-yiyuan.txt": ("", None),
    # the labelled date 2026/1/27 before the signing (2025年7月23日) in the story
    "tests/data/docs/287_hunan_longhui-jishou-fushu.txt": ("吉首大学附属隆回医院签约揭牌 书写湘西南医教协同新篇章", "2026-01-27"),
    # 2018年6月 has no day
    "tests/data/docs/288_guangdong_meizhou-yuedong-yiyuan.txt": ("重磅!粤东医院入选省高水平医院重点建设医院,获3亿元建设资金", None),
    "tests/data/docs/289_guangxi_hechi-quyu-zhongxin.txt": ("广西医科大学第一附属医院河池医院(自治区级区域医疗中心)正式揭牌", "2023-08-30"),
    # 1月21日 has no year (2018年 names the meeting)
    "tests/data/docs/290_hainan_haikou-yiliao-chanye.txt": ("", None),
    # a breadcrumb, the headline, the date line, then the headline again with a subtitle
    "tests/data/docs/291_chongqing_bishan-chongyiyiyuan.txt": ("重医一院与璧山人民医院合作办医", "2016-09-21"),
    # an e-paper story without its headline, opening with 本报讯
    "tests/data/docs/292_chongqing_sanjia-yiyuan-41jia.txt": ("", None),
    # page 2 of a split reprint: neither the 【关注】 rubric nor the page mark ( 二 ) is headline
    "tests/data/docs/300_tianjin_zhuanke-lianmeng.txt": ("天津模式辐射京冀 专科联盟打造医疗“共享时代”", None),
    # the headline after a breadcrumb spread over many lines; it comes again before the story
    "tests/data/docs/301_sichuan_meishan-huaxi-hezuo.txt": ("眉山市与四川大学华西医院举行合作办医签约仪式", "2019-07-03"),
    "tests/data/docs/302_guizhou_ningbo-qinglong-bangfu.txt": ("宁波市第一人民医院助推晴隆医疗健康扶贫", None),
    # a WeChat-style opening (喜讯 / 今天上午 / …)
    "tests/data/docs/303_yunnan_dali-zhuanjia-gongzuozhan.txt": ("", None),
    # the masthead date (职场 2024-12-01 20:03 天津) before 2024年11月27日 in the story
    "tests/data/docs/304_xizang_huaxi-xizang-yiyuan.txt": ("西藏自治区副主席罗梅一行赴四川大学华西医院西藏医院(国家区域医疗中心)考察调研", "2024-12-01"),
    "tests/data/docs/305_shaanxi_yangling-jiaodaeryuan.txt": ("", None),
    # opens with the story: two signings, 2017年6月30日 and 2017年7月1日; the first date in the story
    "tests/data/docs/306_gansu_landayiyuan-zhouqu-diebu.txt": ("", "2017-06-30"),
    # the site's intro blurb, then the story from mid-way (据了解,该项目…); 2024年10月 has no day
    "tests/data/docs/307_qinghai_yushu-shengrenmin.txt": ("", None),
    "tests/data/docs/308_ningxia_ningnan-yiyuan.txt": ("宁南医院根植西海固造福山区回汉群众", "2016-09-13"),
    # opens with the lead sentence; the headline is only in the URL
    "tests/data/docs/310_xianggang_yiyuan-lianwang.txt": ("", None),
    # a leading date line that runs into the lead; 香港科技創新有優勢 … is a section head
    "tests/data/docs/311_aomen_weishengju-qinao-menzhen.txt": ("", "2026-03-13"),
    # the headline after a leading date on the same line
    "tests/data/docs/312_taiwan_miaoli-zhongrong.txt": ("跨院策略联盟 部立苗医、台中荣总签合作意向书", "2025-11-04"),
        # opens with a byline ((刘锐 刘炳铄)) and the story; 7月23日 has no year
        "tests/data/docs/320_heilongjiang_hayidazhongliu-zhuanke-lianmeng.txt": ("", None),
        # opens with the story (2017年2月28日,…), the only date
        "tests/data/docs/321_heilongjiang_haerbin-weisheng-jiankang-dahui.txt": ("", "2017-02-28"),
        # editor credits ([编 辑] …), then the story (twice); 2016年5月底 has no day
        "tests/data/docs/322_qinghai_xining-diyi-yiliaojituan.txt": ("", None),
        # a government notice: the info table's 生效日期 is the only labelled date; the notice title keeps the
        # page's stray space (医疗卫生 共同体); the document title after it is not the headline
        "tests/data/docs/323_qinghai_hainanzhou-yigongti-fangan.txt": ("关于印发海南州全面推进紧密型县域医疗卫生 共同体建设实施方案的通知", "2024-10-31"),
        "tests/data/docs/324_shaanxi_yulin-guojia-quyu-zhongxin.txt": ("陕西唯一国家区域医疗中心正式开诊", "2023-12-24"),
        # opens with the story; 4月29日 has no year, 2018年9月 no day
        "tests/data/docs/325_shaanxi_jiaodayifu-dongyuan.txt": ("", None),
        # a newspaper masthead, then the headline; 9月1日 has no year; the date is the article's own metadata
        # left after the story (--> 2023-09-08 1 1 昌吉日报 … <headline> /enpproperty-->), not a related-news list
        "tests/data/docs/326_xinjiang_xinyidawufu-mulei.txt": ("新医大五附院与木垒县总医院举行医联体和专科联盟签约仪式", "2023-09-08"),
        # 新華網 正文 is the site line before the headline
        "tests/data/docs/327_xinjiang_tianshanbeipo-yiliaolianheti.txt": ("新疆成立“天山北坡医疗联合体”服务各族患者", "2019-05-25"),
        # the 【新闻动态】 rubric is not headline; 4月27日 and 今年1月 have no year
        "tests/data/docs/328_ningxia_jianyuju-yiyuanjituan.txt": ("宁夏监狱管理局中心医院正式加入宁夏医科大学总医院医院集团", None),
        # a newspaper masthead, then the headline; 1月3日 has no year, 2016年3月 no day; the date is the article's
        # own metadata after the story (--> 2025-01-06 1 1 华兴时报 … /enpproperty-->)
        "tests/data/docs/329_ningxia_zhongwei-jingning-hezuo.txt": ("中央在宁挂职博士服务团“中卫行”活动启动", "2025-01-06"),
        # a leading date line that runs into the lead; 每位醫生可獲每月500元資助 … is a section head
        "tests/data/docs/330_xianggang_yijiantong-liantong.txt": ("", "2025-10-23"),
        # a breadcrumb, then the headline with the share button glued on (…即將推出分享到:); 6月30日電 has no year
        "tests/data/docs/331_xianggang_gangda-shenzhen-caigou.txt": ("香港向内地采购医疗服务项目即将推出", None),
        # opens with the story; 11月15日 has no year
        "tests/data/docs/340_sichuan_qingbaijiang-huaxi-eryuan.txt": ("", None),
        # an excerpt starting mid-story (陈吉明代表市委、市政府…); no date
        "tests/data/docs/341_sichuan_ziyang-huaxi-lingban.txt": ("", None),
        # a breadcrumb, the headline, a subtitle line (朱晓东出席并讲话 …), then the masthead date before 12月26日
        "tests/data/docs/342_shanxi_xinzhou-shanyida-yiyuan.txt": ("我市与山西医科大学 山西医科大学第一医院合作签约仪式举行", "2025-12-27"),
        # opens with the story; 12月22日 has no year
        "tests/data/docs/343_shanxi_shanyidaeryuan-xinzhou.txt": ("", None),
        # a leading date line that runs into a photo caption (…（台灣礦工醫院提供）), not a headline
        "tests/data/docs/344_taiwan_kuanggong-guotai.txt": ("", "2025-11-19"),
        # a leading date line that runs into a photo caption (臺東縣長…前往高醫拜訪。), not a headline
        "tests/data/docs/345_taiwan_taidong-gaoyi.txt": ("", "2025-12-18"),
        # the headline, then a spam line; 12月1日 and 今年5月10日 have no year
        "tests/data/docs/346_henan_gushi-shengyi-dabieshan.txt": ("河南省人民医院大别山分院在固始县揭牌", None),
        # a government info table whose last row (中原区开展世界卫生日集中宣传活动) is its name field; the headline
        # shown above the story is 中原区组织开展世界卫生日集中宣传活动
        "tests/data/docs/347_henan_zhongyuanqu-weishengri.txt": ("中原区组织开展世界卫生日集中宣传活动", "2024-04-07"),
        # a reprint whose headline is a keyword string; the masthead date (创始人 / 2024-05-05) before 4月16日 in the story
        "tests/data/docs/348_hubei_tongji-xiangyang.txt": ("武汉同济襄阳 同济襄阳医院国家区域医疗中心", "2024-05-05"),
        # _环球实时 is the site suffix
        "tests/data/docs/349_hubei_wuhan-jingkaiqu.txt": ("武汉经开区加速聚集优质医疗资源", "2023-05-31"),
        # 7月14日 has no year
        "tests/data/docs/350_jilin_jidaeryuan-tongyu.txt": ("吉林大学第二医院通榆医院揭牌", None),
        # a masthead line (www.jstcm.com 2007年9月29日 10:33:15), then the story ([江苏中医药信息网]据中国中医药报 …)
        "tests/data/docs/351_jilin_zhongyiyiyuan-jituan.txt": ("", "2007-09-29"),
        # opens with the dateline 深圳新闻网2024年11月22日讯, before 2024年11月21日 (the opening) in the story
        "tests/data/docs/360_guangdong_luohu-dongxiao-shekang.txt": ("", "2024-11-22"),
        "tests/data/docs/361_guangdong_xinyi-zhongshanliuyuan-yuexi.txt": ("红楼情缘牵信宜,两城共庆中山大学世纪华诞", "2024-11-16"),
        # opens with the story; 9月27日 has no year, 2024年 no day
        "tests/data/docs/362_yunnan_dayao-yigongti-kmust.txt": ("", None),
        "tests/data/docs/363_yunnan_wenshan-yuanyang-zhongyi-bangfu.txt": ("我院与红河州元阳县中医医院签订对口帮扶协议", "2019-08-02"),
        # 8月27日 has no year
        "tests/data/docs/364_gansu_tianshui-nanbu-quyu-zhongxin.txt": ("甘肃省南部区域医疗中心签约仪式在天水举行", None),
        "tests/data/docs/365_gansu_gannan-tianjin-xiezuo.txt": ("甘津记者走进甘南采访东西部扶贫协作", "2019-12-18"),
        # kicker and headline on one line, kept whole (as 228)
        "tests/data/docs/366_guizhou_lianyungang-zhijin-zhongyi.txt": ("统一战线“地域+领域”组团式帮扶 江苏连云港市中医院与织金县中医医院签订帮扶协议", "2024-08-02"),
        # a reading-time line, then the story (昨天上午,…); the page states its title only in a labelled line after
        # the story (标题:…, with 地址:); no full date (2012年, 2020年)
        "tests/data/docs/367_guizhou_shaoxing-shuicheng-xiaoqu.txt": ("对口支援,然后招募市人民医院在贵州水城设立一个分区", None),
        # reads like a photo caption, but it stands where the headline does, right before the 文章来源/更新时间 line
        "tests/data/docs/368_zhejiang_quzhou-zheyieryuan-xiezuo.txt": ("徐周佳院长与浙医二院王建安院长签约", "2010-06-21"),
        "tests/data/docs/369_zhejiang_yuhuan-wenyidafuyi.txt": ("签约!玉环与温医大附一院再携手", "2024-08-16"),
        # 日前 and 去年 give no date
        "tests/data/docs/370_aomen_kedafang-weishengju.txt": ("科大访卫局交流医疗教育", None),
        # an e-paper page: a list of the page's headlines, 今日日期 (the day it was viewed, 2025年4月17日), then the
        # paper's date (當前報紙日期: 2023 12月21日) and the story's headline
        "tests/data/docs/371_aomen_xiehe-cefahui.txt": ("医院策发会:建设国际一流医疗中心", "2023-12-21"),
        # opens with the story; 12月21日 has no year
        "tests/data/docs/372_xizang_qusong-zangyiyuan-huangshi.txt": ("", None),
        "tests/data/docs/373_xizang_huaxi-chengban-yiyuan.txt": ("川大华西医院20年助力西藏成办医院成“三甲”", "2018-12-04"),
        # 校园要闻 is the column, then a breadcrumb
        "tests/data/docs/374_jiangxi_jiujiang-nandaeryuan-naoxueguan.txt": ("九江市政府与南大二附院合作共建九江学院附属医院脑血管病区域医疗中心战略合作协议签约", "2023-08-28"),
        # opens with the story; 2021年10月21日 in it is the only date
        "tests/data/docs/375_jiangxi_shangrao-eryuan-zhuanke-lianheti.txt": ("", "2021-10-21"),
        # a spam line and a breadcrumb before the headline
        "tests/data/docs/376_hainan_xianji-yiyuan-banqian.txt": ("海南县级医院大变脸 18个市县医院搬迁或改扩建", "2012-10-15"),
        # a summary-style text opening with its first sentence; no date
        "tests/data/docs/377_hainan_sanya-renji-yazhouwan.txt": ("", None),
        # opens with the story; 6月27日 has no year
        "tests/data/docs/378_hunan_hengyangxian-nanhuafuer.txt": ("", None),
        # a simplified page whose headline has the traditional 沒 (given as 没, as traditional pages are); the = is
        # the page's; the masthead date before 12月25日 in the story
        "tests/data/docs/379_hunan_chenzhou-yiyuan-dongyuan.txt": ("郴州市市长刘志仁=没有全民健康,就没有全面小康", "2020-12-26"),
        "tests/data/docs/380_anhui_guoyang-zhongyiyuan-tuoguan.txt": ("县领导一行赴安徽中医药大学第一附属医院交流考察", "2024-02-01"),
        # 7月17日 and 7月6日 have no year
        "tests/data/docs/381_anhui_wannan-yixueyuan-tongling.txt": ("安徽高校附属医院再添新例:皖南医学院铜陵医院揭牌", None),
        # opens with the story; the date in it is spaced (2025 年 3 月 20 日)
        "tests/data/docs/382_neimenggu_huhehaote-shuangshou-bangfu.txt": ("", "2025-03-20"),
        "tests/data/docs/383_neimenggu_beijing-ertong-fuyou.txt": ("深化京蒙儿科协作 共筑妇幼健康屏障——我院与内蒙古自治区妇幼保健院开展“京蒙协作”儿外科重点专科建设", "2025-11-26"),
        # opens with the story (新華社北京1月3日電…); 1月3日 has no year, 2019年 no day; the 世界聚焦/新华全媒+/環球精選
        # lines after 關鍵詞: are a related-news list
        "tests/data/docs/400_beijing_tongzhou-xinyiyuan.txt": ("", None),
        # the 【北京招商】 rubric is not headline (as 328); 医疗医药业 is a category line; the labelled 发布日期:2025年07月28日
        "tests/data/docs/401_beijing_jingzhang-zhuanke-hezuo.txt": ("京张医疗合作再深化 两地新增专科合作医院助力区域协同发展", "2025-07-28"),
        # site menu (部 门 / 街 镇) and a breadcrumb (您当前位置: 首页 / 涪陵要闻), then the headline and 日期:2022-04-25
        "tests/data/docs/402_chongqing_chongda-fuling-yiyuan.txt": ("重庆大学附属涪陵医院揭牌", "2022-04-25"),
        # a pinyin-glossed traditional page: the headline as written is 重慶醫(yī)科大學(xué)附屬璧山醫(yī)院正式揭牌, given in
        # simplified without the glosses (as traditional pages are, 331/379); 2月15日電 has no year
        "tests/data/docs/403_chongqing_chongyi-bishan-jiepai.txt": ("重庆医科大学附属璧山医院正式揭牌", None),
        # opens with the story; 10月31日 has no year
        "tests/data/docs/404_guangxi_guilin-yikeda-guidong.txt": ("", None),
        # a breadcrumb (网易首页 > 网易号 > 正文 申请入驻), then the headline; no publication date: 2025年2月21日 (the
        # renaming) and 2026年1月21日 (the signings) are events the story reports, not the page's date
        # (the reader gave no date; by this file's rule a date in the story counts when the page states no other)
        "tests/data/docs/405_guangxi_guilin-yikeda-fushu.txt": ("3天揽下3家附属医院,这所大学要将触角伸向南宁?", "2025-02-21"),
        # the headline, then a byline (管竞); no date (日前, 近日)
        "tests/data/docs/406_hebei_langfang-beijing-sanjia.txt": ("廊坊51家医院“直通”北京三甲医院", None),
        # opens with the story (从唐山市卫生计生委获悉…); 2016年底 and 2017年 give no full date; the lines after 更多内容
        # are related news
        "tests/data/docs/407_hebei_tangshan-jingjin-hezuo.txt": ("", None),
        # the headline, then the credit bullets with 日期:2021-08-30 (2021年8月19日 in the story is the ceremony)
        "tests/data/docs/408_liaoning_dalian-zhongshan-senzhi.txt": ("我院举行医联体医院揭牌仪式", "2021-08-30"),
        # the headline, then 来源:大连新闻网 发布时间:2023-04-29
        "tests/data/docs/409_liaoning_changxingdao-tuoguan.txt": ("正式签约!长兴岛将拥有首个三级综合性医院", "2023-04-29"),
        # opens with the dateline 齐鲁晚报10月30日讯 (no year) and the lead broken over lines (…生日的 / 青医附院有了新名字:),
        # not a headline
        "tests/data/docs/410_shandong_qingda-fuyuan-gengming.txt": ("", None),
        # opens with a dateline and byline (德州新聞網訊(…記者于海琳)) and the story; 1月15日 has no year; 2021年11月11日 is
        # an earlier agreement the story recalls (third paragraph), not the page's date
        # (the reader gave no date; by this file's rule a date in the story counts when the page states no other)
        "tests/data/docs/411_shandong_dezhou-qilu-tuoguan.txt": ("", "2021-11-11"),
        # kicker and headline on one line, kept whole (as 366); the date line 2025-09-30 under it
        "tests/data/docs/412_shanghai_yida-yiyuan-yiyan-xietong.txt": ("院士领衔·共启新程丨上海医大医院医研协同发展大会圆满举办", "2025-09-30"),
        # a content-farm page whose headline is a keyword string, kept as written with its parenthesis (as 348);
        # no date (2002年, 去年10月24日)
        "tests/data/docs/413_shanghai_zhongshan-qingpu-fenyuan.txt": ("复旦大学附属中山医院青浦分院 (青浦中山医院最新规划)", None),
        # the site name (天津市滨海新区卫生健康委员会), then the headline and 发布日期: 2021-07-16 14:49
        "tests/data/docs/414_tianjin_binhai-tianzhongyi-zhongyiyuan.txt": ("滨海新区与天津中医药大学签署共建滨海新区中医医院第二周期合作协议暨合作补充协议", "2021-07-16"),
        # a reprint site's slogan and breadcrumb (600字范文 > …), then the headline and its labelled 时间:2021-12-02 13:43:22
        # (the reprint's own date, as 379); the headline repeated under 相关推荐 is not a date source
        "tests/data/docs/415_tianjin_zhongxin-fuchanke-binhai.txt": ("天津市中心妇产科医院滨海院区落地生态城 规划床位350张 计划9月竣工", "2021-12-02"),
        # a spam line and a breadcrumb, then the pinyin-glossed traditional headline 上海首個(gè)“交鑰匙”援疆項(xiàng)目建成并交付使用,
        # given in simplified without the glosses (as 403); the date line 2012年09月15日 19時(shí)05分 (dateline 9月15日電)
        "tests/data/docs/416_xinjiang_yecheng-weiwuer-yiyiyuan.txt": ("上海首个“交钥匙”援疆项目建成并交付使用", "2012-09-15"),
        # the first line is the browser title with the site suffix (-国内合作处门户网站); a breadcrumb, then the headline
        # and 发布时间:2023年01月12日
        "tests/data/docs/417_xinjiang_hunan-yuanjiang-tulufan.txt": ("湖南省援疆前方指挥部指挥长刘中杰一行来校慰问援疆干部", "2023-01-12"),
        # the headline, then the account name (盱眙县人民医院) and a follow prompt; 10月28日 has no year
        "tests/data/docs/418_jiangsu_xuyi-huaian-eryuan-jituan.txt": ("盱眙县人民医院加盟淮安市第二人民医院集团医院", None),
        # opens with the story (11月22日上午,…), no year; the last line is an unrelated vaccine notice
        "tests/data/docs/419_jiangsu_suqian-zhongyiyuan-zutuan.txt": ("", None),
        # opens with the story (本报讯 近日,…); no date
        "tests/data/docs/420_guizhou_bijie-zhongyi-nayong-fuyou.txt": ("", None),
        # opens with the story (本网讯11月25日,…), no year; the 2017-11-26 dates belong to the 上一篇/下一篇 items, not the page
        "tests/data/docs/421_guizhou_anshun-guanganmen.txt": ("", None),
        # the headline, then the story; 10月27日 has no year
        "tests/data/docs/422_hubei_tongji-hangtian-yiliant.txt": ("同济医学院附属同济医院赴孝感市与湖北航天医院举行医联体签约揭牌仪式", None),
        # a breadcrumb (健康 > 正文), then the headline and 发布时间:2022年02月11日 09:48; the two lines after it are the
        # printed paper's subtitle and headline inside the story
        "tests/data/docs/423_hubei_wuhan-chengshiquan.txt": ("湖北打造武汉城市圈卫生健康升级版", "2022-02-11"),
    # an e-paper page: the page nav (上一版/ 01版:甘南日报 /下一版), then the headline and 时间: 2020年09月01日
    # (8月30日 in the story has no year)
    "tests/data/docs/424_gansu_gannan-xijiaodayifu-youhao.txt": ("西安交通大学第一附属医院与州人民医院签订友好医院合作协议", "2020-09-01"),
    # a 美篇-style page (<p class="ql-block">) that opens with the story; 2023年6月16日 in it is the only date
    "tests/data/docs/425_gansu_tianzhu-jijiu-lianmeng.txt": ("", "2023-06-16"),
    # site menu and a breadcrumb (地纬招商网 > 重庆站 > …), then the headline and 作者:小编 2017-02-19 18:42:10
    "tests/data/docs/426_hainan_wuda-quyu-yiliao-zhongxin.txt": ("海南以5市县为中心构建五大区域医疗中心", "2017-02-19"),
    # opens with the story (1月6日,…), no year; the 央广网 footer gives no date
    "tests/data/docs/427_hainan_lecheng-zhongrilianyi.txt": ("", None),
    # a breadcrumb (首页 >>科研教学), the column (科研教学) and a topic label (牵手南医), then the headline with its
    # kicker before —— kept whole (as 264); 发布时间:2019-05-13
    "tests/data/docs/428_heilongjiang_qiqihaer-nanyi-fushu.txt": ("凝聚精粹共谋医学发展 院校联合耀见鹤城未来——南方医科大学附属齐齐哈尔医院揭牌仪式成功召开", "2019-05-13"),
    # a WeChat post whose first line is a full headline (喜讯!… with ! inside, as 285/288), unlike 303's bare 喜讯
    # line; 携手共进同发展 and the event name repeated under it are the post's graphic text; no date
    "tests/data/docs/429_heilongjiang_daqing-youtian-hayida-liuyuan.txt": ("喜讯!大庆油田总医院与哈尔滨医科大学附属第六医院举行协作医院签约仪式", None),
    # 来源:江西日报, then the story; 2月25日 has no year, 2024年底 no day
    "tests/data/docs/430_jiangxi_zheyi-jiangxi-yiyuan.txt": ("", None),
    # a breadcrumb (首页 / 媒体关注 / 正文), then the headline after the source tag 【江西新闻客户端】 (not headline,
    # as [江西日报] in 220); 作者:时间:2022-02-16 (2021年10月 in the story has no day)
    "tests/data/docs/431_jiangxi_zhongri-youhao-jiangxi.txt": ("定了!江西开建国家呼吸区域医疗中心", "2022-02-16"),
    # the headline, then the dateline 中新网长春9月27日电 (no year); no full date
    "tests/data/docs/432_jilin_changchun-lecheng-dongbeiya.txt": ("长春“牵手”海南“医疗特区” 打造东北亚医学中心", None),
    # the site name (蜂蜜文章网 手机版), then the headline and 发布时间:2025-04-16 (4月15日 in the story has no year);
    # the headline repeated under 相关推荐 is not a date source
    "tests/data/docs/433_jilin_changchun-zhongyiyaodaxue.txt": ("我市与长春中医药大学签署合作协议", "2025-04-16"),
    # a breadcrumb (首頁 -> 港澳 ->時政), then the traditional headline 港深簽訂醫療衞生合作框架協議, given in simplified;
    # the date line 2023-09-26 18:57 (dateline 9月26日電)
    "tests/data/docs/434_xianggang_shengang-yiliao-xieyi.txt": ("港深签订医疗卫生合作框架协议", "2023-09-26"),
    # a browser warning, then 【Now新聞台】 and the lead sentence (…展開訪京三日的行程。), not a headline; no date
    "tests/data/docs/435_xianggang_luchongmao-fangjing.txt": ("", None),
    # a breadcrumb (中国共产党新闻网>>综合报道), the headline, a byline, then 2024年08月15日14:33 来源:人民网
    # (8月11日 in the story has no year)
    "tests/data/docs/436_ningxia_ningnan-xihaigu-renminwang.txt": ("宁夏西海固:看病不用愁,专家就在“家门口”", "2024-08-15"),
    # a breadcrumb (首页 > 正文), the headline, a summary line, then 发布时间:2020-09-15 13:33
    "tests/data/docs/437_ningxia_hulianwang-quyu-zhongxin.txt": ("宁夏启动建设“互联网+医疗健康”国家区域医疗中心", "2020-09-15"),
    # a pinyin-glossed traditional page: the headline as written is 借力西京優(yōu)勢 立足高原特色——青大附院正式加入
    # 空軍軍醫(yī)大學(xué)第一附屬醫(yī)院(西京醫(yī)院)跨省市軍民融合醫(yī)療聯(lián)合體, given in simplified without the glosses
    # (as 403/416), the kicker before —— kept whole; no labelled date: 2025年7月9日 in the story
    "tests/data/docs/438_qinghai_qingdafuyuan-xijing-yiliant.txt": ("借力西京优势 立足高原特色——青大附院正式加入空军军医大学第一附属医院(西京医院)跨省市军民融合医疗联合体", "2025-07-09"),
    # the 【聚焦重点工程建设】 rubric is not headline (as 328/401); 9月26日 has no year, 2026年10月底 no day
    "tests/data/docs/439_qinghai_qingdafuyuan-nanyuanqu.txt": ("青海大学附属医院南院区项目开建", None),
    # an app prompt (打開ChinaNews閱讀), then the traditional headline 陜西省人民醫院蒲城醫院舉行簽約揭牌儀式, given in
    # simplified; the date line 國際在線2017-11-02 10:56:30 (10月31日 in the story has no year)
    "tests/data/docs/440_shaanxi_shengrenmin-pucheng.txt": ("陕西省人民医院蒲城医院举行签约揭牌仪式", "2017-11-02"),
    # opens with the story (本报讯 …4月28日,…), no year; the lines after 新闻推荐 are another story
    "tests/data/docs/441_shaanxi_jiaodayifu-hancheng-tuoguan.txt": ("", None),
    # a stray channel word (河南) above the headline, then 2022-08-17 10:08:26 来源:健康报
    "tests/data/docs/442_shanxi_shengrenmin-datong-quyu-zhongxin.txt": ("山西院地合作建设省级区域医疗中心", "2022-08-17"),
    # opens with the story (3月5日,…), no year; the page is signed with the date 2013.3.18 at its end (as 224)
    "tests/data/docs/443_shanxi_shengfuyou-ertong-fazhan.txt": ("", "2013-03-18"),
    # a breadcrumb (中国西藏新闻网 > 援藏), then the headline and 2025年09月22日 09:45 来源:…; 使命担当: … is a section head
    "tests/data/docs/444_xizang_beijing-yuanzang-lasa.txt": ("京藏医心书写高原健康:十年组团援藏铸就雪域医疗新高地", "2025-09-22"),
    # opens with the story (10月11日至31日,…), no year; 座谈交流凝聚共识 / 共谋健康援藏新路径 is a section head
    "tests/data/docs/445_xizang_zhongshan-yuanzang-linzhi.txt": ("", None),
    # the headline, then the story; 3月10日 has no year
    "tests/data/docs/446_yunnan_kunyisanfu-zimao-yiyuan.txt": ("昆明医科大学第三附属医院自贸医院正式签约建设", None),
    # a spam line and the column (經營動態), then the pinyin-glossed traditional headline 打造滇西醫(yī)療新高地
    # 云南省滇西中心醫(yī)院正式開診, given in simplified without the glosses (as 403); 發布時間:[2025-03-19]
    # (3月17日 in the story has no year)
    "tests/data/docs/447_yunnan_dianxi-zhongxin-kaizhen.txt": ("打造滇西医疗新高地 云南省滇西中心医院正式开诊", "2025-03-19"),
    # a breadcrumb (首頁 -> 港澳 ->時政), then the traditional headline 港澳續簽五年協議加強醫衛協作, given in simplified;
    # the date line 2023-08-29 18:52 | 稿件來源:香港中通社 (dateline 8月29日電 and 8月28日 in the story have no year)
    "tests/data/docs/448_aomen_gangao-xuqian-yiliao-xieyi.txt": ("港澳续签五年协议加强医卫协作", "2023-08-29"),
    # a skip link (跳過導航), then the traditional headline 台灣醫療界高層澳門參訪團與衛生局交流兩地醫療經驗, given in
    # simplified; a photo caption under it; 今日(11月11日) has no year; no date
    "tests/data/docs/449_aomen_taiwan-canfangtuan-weishengju.txt": ("台湾医疗界高层澳门参访团与卫生局交流两地医疗经验", None),
    # a skip link (按 Enter 到主內容區), then the traditional headline 提升部醫新紀元、開啟醫療新契機~部醫與臺北醫學大學…
    # 提升服務品質, given in simplified (臺 as 台, the ~ and space kept); the labelled 建檔日期:113-03-15 is a Minguo
    # date (民國113年 = 2024), before 更新時間:113-03-18; 今(15)日 in the story agrees
    "tests/data/docs/450_taiwan_buyi-beiyida-hezuo.txt": ("提升部医新纪元、开启医疗新契机~部医与台北医学大学医疗体系签署医疗教学研究合作意向书 提升服务品质", "2024-03-15"),
    # a leading date line that runs into a photo caption (為推動東區全人照護計畫，…(花蓮慈濟醫院提供)), not a headline
    # (as 344/345), then a byline (記者林中行／花蓮報導)
    "tests/data/docs/451_taiwan_dongqu-quanren-zhaohu.txt": ("", "2026-01-13"),
    # site menu (公众版|医院版|…), the column and a breadcrumb (工作动态 首页 > 行政工作 > 工作动态), then the headline and
    # 来自: 发布时间:2023-01-12 (日前 in the story)
    "tests/data/docs/452_anhui_anzhongyi-fuyi-beiqu.txt": ("医院新增北院区", "2023-01-12"),
    # opens with the story (3月1日,…), no year; a spam name (59859cc威尼斯官网) inside the story; no date
    "tests/data/docs/453_anhui_bengyi-fuyi-shengji-quyu-zhongxin.txt": ("", None),
    # opens with the story (3月2日,…), no year; the 2026-01-09 after the page belongs to a related-news item (珠江医院…),
    # not the page (as 002)
    "tests/data/docs/454_beijing_ertong-yiyuan-tuoguan-shunyi.txt": ("", None),
    # a pinyin-glossed traditional page that opens with the story (為優(yōu)化北京市醫(yī)療資源布局,…; 日前, 1月16日 no year);
    # the page is signed after the credits (北京電視臺 … 責編:劉非非) with the date 2023年1月18日 (as 443)
    "tests/data/docs/455_beijing_tongren-tuoguan-mentougou.txt": ("", "2023-01-18"),
    # an app banner (上游新闻 / 更多的资讯等着你... / 立即下载 / 汇聚向上的力量), then the headline and the date line
    # 巴南区人民政府网2018-04-06 12:13 (2018年底 in the story has no day)
    "tests/data/docs/456_chongqing_banan-yiliao-geju.txt": ("巴南区着力构建“1+6+N”卫生发展新格局", "2018-04-06"),
    # opens with the story (12月6日下午,…), no year; 2025年 and 2026年 give no full date
    "tests/data/docs/457_chongqing_shizhongyiyuan-yiliant.txt": ("", None),
    # the headline, then 2021年04月21日15:08 来源:人民网-福建频道 (4月20日 in the story has no year)
    "tests/data/docs/458_fujian_fuyi-changle-fenyuan.txt": ("福建医科大学附属第一医院长乐区分院揭牌", "2021-04-21"),
    # a spam line, 注冊 and a breadcrumb (閩南網 > 廈門 > 廈門新聞 > 正文), then the traditional headline
    # 2020年廈門將新建或投用6家社區衛生服務中心, given in simplified; 來源:廈門日報社全媒體 2020-04-14 08:37
    "tests/data/docs/459_fujian_xiamen-shequ-weisheng.txt": ("2020年厦门将新建或投用6家社区卫生服务中心", "2020-04-14"),
    # opens with the story (近日,…; 9日,…), then a list of hospitals; (2019-2021年) is no date; no date
    "tests/data/docs/460_guangdong_xianjiyiyuan-nengli-tisheng.txt": ("", None),
    # opens with the story (5月16日,…), no year; ends with 转载自仁化发布 and the WeChat link; no date
    "tests/data/docs/461_guangdong_zhujiang-yiyuan-renhua-yigongti.txt": ("", None),
    # a site menu (今日柳州 今日柳江 …) and a breadcrumb (地方网 > 广西 > … > 正文), then the headline and
    # 来源:柳州日报 2020-07-18 10:54 (昨天上午 in the story); 2020-07-17 under 相关推荐 is another story's
    "tests/data/docs/462_guangxi_liuzhou-gongren-yiyuan-xinyuan.txt": ("柳州市工人医院新院正式启用 是目前广西一次性建成面积最大的医院", "2020-07-18"),
    # a series label on its own line (《山海同心・凌云答卷》粤桂协作系列报道(一)), not headline (as the kicker in 004),
    # then the headline; no labelled date: 2024年11月20日 in the story (the first full date in it)
    # (the reader gave no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/463_guangxi_lingyun-yuegui-zutuanshi.txt": ("粤桂医疗“组团式”帮扶结硕果 凌云县实现“大病不出县”跨越", "2024-11-20"),
    # the site name (张家口资讯网), then the headline, cut short with its ... kept as written, and
    # 资讯网资讯 3838条 2019-03-26 13:35:46 (3月25日 in the summary and story has no year)
    "tests/data/docs/464_hebei_zhangjiakou-shiyiyuan-chongzu.txt": ("张家口三甲医院重组!打造医疗中心、航空救护...", "2019-03-26"),
    # a pinyin-glossed traditional page: an expo banner (時間 時間:2026年3月6日-8日 / 地點 地點:石家莊國際博覽中心), not the
    # page's date, then the info line with 發(fā)布時間:2016-10-14 00:00:00 and the story (近日,…); no headline shown;
    # (2016-2020年) is no date
    "tests/data/docs/465_hebei_shijiazhuang-quyu-weisheng-guihua.txt": ("", "2016-10-14"),
    # the column (健康资讯) repeated, then the headline and 河南健康网 2024-05-1751453 (the date with the view count
    # glued on, as 268); 5月15日 in the story has no year
    "tests/data/docs/466_henan_zhengdayifu-fangcheng-xiezuo.txt": ("郑州大学第一附属医院副院长程敬亮一行赴南阳市二郎庙镇滹沱村开展定点帮扶调研", "2024-05-17"),
    # a breadcrumb (首页 > 内乡要闻), then the headline and the site line with 2019-03-03 16:05:10 (3月2日 in the story
    # has no year)
    "tests/data/docs/467_henan_zhengdayifu-neixiang-guxiangxing.txt": ("郑州大学第一附属医院专家教授故乡行·内乡站活动正式启动", "2019-03-03"),
    # opens with a photo caption in parentheses ((中南大学湘雅六医院…举行。)), not a headline, then the dateline
    # 红网长沙6月3日讯 (no year); no date
    "tests/data/docs/468_hunan_xiangya-liuyuan-meixihu.txt": ("", None),
    # the headline, then 发布时间:2021-06-21 09:38:06 来源:华声在线 (6月20日 in the story has no year); the lines after
    # 岳阳要闻 / 综合新闻 are related news
    "tests/data/docs/469_hunan_yueyang-sanda-yiyuan-gengming.txt": ("岳阳市三大医院更名授牌", "2021-06-21"),
    # opens with the story (为深入推进沈阳现代化都市圈…); no date
    "tests/data/docs/470_liaoning_tieling-shenyang-dushiquan-xunhui.txt": ("", None),
    # the column (新闻中心 / 医院动态), then the kicker and headline on one line, kept whole (as 366/412), and
    # 发布时间:2025-11-07 (2025年11月6日 in the story is the signing)
    "tests/data/docs/471_liaoning_xiyuan-anshan-zhongyiyuan.txt": ("情暖家乡 西苑行 | 中国中医科学院西苑医院与鞍山市中医院合作签约", "2025-11-07"),
    # opens with the story (醫院管理局(醫管局)昨日(17日)與北京協和醫院簽署…), no headline; (2024年至2029年), 2011年 and
    # 去年9月 give no full date; no date
    "tests/data/docs/472_xianggang_yiguanju-xiehe-hezuo.txt": ("", None),
    # a line of game-news spam (《Disney +》 迪士尼、Marvel…), then the traditional headline 大灣區醫管局病人先導計劃擬推出,
    # given in simplified; 商業 is the column; 下月10日, 2020年11月 and 今年2月底 give no full date; no date
    "tests/data/docs/473_xianggang_dawanqu-bingren-xiandao-jihua.txt": ("大湾区医管局病人先导计划拟推出", None),
    # a Mongolian-script line with the headline glued on at its end (…ᠤᠨ 78·· 47家北京医院…), then the headline on its
    # own line; the dateline 新华社呼和浩特4月12日电 has no year; no date
    "tests/data/docs/474_neimenggu_beijing-47jia-duikou-zhiyuan.txt": ("47家北京医院将对口支援78家内蒙古医院", None),
    # the site greeting (欢迎进入内蒙古国际蒙医医院官网!) and the column (医院新闻), then the headline after the 【辽蒙合作】
    # rubric (not headline, as 300/328/401), the page's space kept (辽宁省 内蒙古自治区), and 发布时间:2024.11.04
    # (10月31日 in the story has no year)
    "tests/data/docs/475_neimenggu_guoji-mengyi-liaomeng-hezuo.txt": ("我院在辽宁省 内蒙古自治区全面深化卫生健康领域合作交流座谈会暨集体签约仪式上签约", "2024-11-04"),
    # opens with the story (近日,济宁市第一人民医院与…); no date
    "tests/data/docs/476_shandong_jining-diyi-yiliant.txt": ("", None),
    # the headline twice, then a subtitle line (陈鑫参加) and the dateline 德州新闻网讯(记者王金刚)6月9日上午 (no year); the
    # copyright notice after the story gives no date; no date
    "tests/data/docs/477_shandong_dezhou-qilu-duijie.txt": ("田卫东朱开国赴山东大学齐鲁医院对接工作", None),
    # site menu (二维码激活卡操作 华医电子证书查验 / 客户端下载 / 互联网医学教育) and the column (业内要闻), then the headline
    # and the date line 2016-05-26 10:12 (来源:健康报)
    "tests/data/docs/478_shanghai_hudian-duikou-bangfu.txt": ("上海28家医院对口帮扶云南", "2016-05-26"),
    # opens with the story (3月1日上午,我校附属龙华医院…), no year; no date
    "tests/data/docs/479_shanghai_longhua-jinshan-fenyuan.txt": ("", None),
    # an e-paper story without its headline, opening with 本报讯(记者 石小宏)4月16日 (no year); the lines after 新闻推荐
    # are another story (4月15日, 2018年上半年); no date
    "tests/data/docs/480_sichuan_huaxi-eryuan-bazhong.txt": ("", None),
    # the headline twice, then 来源: 中国日报网 and the date line 2023-10-24 21:13 (10月24日 in the story)
    "tests/data/docs/481_sichuan_huaxi-gaoxin-yiyuan.txt": ("联合川大华西共建 成都高新区人民医院项目开工", "2023-10-24"),
    # opens with the story (天津北方网讯:日前,2017年滨海新区…); 2017年 and 今年6月至9月 give no full date; no date
    "tests/data/docs/482_tianjin_binhai-duikou-huangnan.txt": ("", None),
    # a spam page: a hotline line (服务热线:400-135-1857), then the headline with the spam name inside it, kept as written
    # (天津市静海NG体育区…, as 413), and 时间:2024-09-21 23:33:55 (9月20日 in the story has no year)
    "tests/data/docs/483_tianjin_jinghai-tuanbo-jiankangcheng.txt": ("天津市静海NG体育区打好“三张牌” 构建医疗“双航母”", "2024-09-21"),
    # opens with the story (为深入贯彻落实…,1月18日,…), no year; no date
    "tests/data/docs/484_xinjiang_zhongshan-yixian-bingtuan.txt": ("", None),
    # the headline, then the date line 17-06-19 08:28 (a two-digit year, 2017), before 原标题: and the dateline
    # 中国甘肃网6月19日讯 (no year); the 2017-06-19 dates under 相关新闻 are related news, not the date source
    "tests/data/docs/485_gansu_shengrenmin-youshi-xueke-yiliant.txt": ("甘肃·人民医院优势学科医联体签约成立", "2017-06-19"),
    # an e-paper page: 正文复制, the masthead 甘南日报(汉文版)/2025 年/11 月/5 日/第 001 版, then the kicker (山海同心),
    # the headline with the page's spaces kept (“ 医” 路同行) and the subtitle (——天津市卫生健康系统…纪实, not headline,
    # as 204); 2012 年 gives no full date
    "tests/data/docs/486_gansu_tianjin-zutuanshi-gannan.txt": ("“ 医” 路同行", "2025-11-05"),
    # a traditional page that opens with the story (中國日報網消息:作為海南省…); the credit line (來源:新華網…) gives no
    # date; no date
    "tests/data/docs/487_hainan_dongxinanbeizhong-weisheng.txt": ("", None),
    # the headline, then 2018年11月18日 22:14 来源:天山网原创 (11月18日 in the story)
    "tests/data/docs/488_xinjiang_wulumuqi-youai-yiyuan.txt": ("乌鲁木齐友爱医院开业试运营", "2018-11-18"),
    # a content-farm page whose headline is a keyword string, kept as written with its parenthesis (as 413); the
    # repeated keyword lines (哈尔滨社区卫生服务中心开门么,…) are image text between captions; no date (昨天)
    "tests/data/docs/489_heilongjiang_haerbin-qunli-jiayuan-shequ.txt": ("哈尔滨道里社区卫生中心 (哈尔滨市卫生服务中心)", None),
    # opens with the story (今年以来,黔南州…); 巧借外力赋能 / 不断注入发展新活力 is a section head; no date
    "tests/data/docs/490_guizhou_qiannan-zhouji-yiyuan.txt": ("", None),
    # opens with the story (近日,省卫计委、文昌市政府…); no date
    "tests/data/docs/491_hainan_wenchang-jiaoda-yiliao-hezuo.txt": ("", None),
    # site bullets (• 中文域名:…), the column (信息中心) and a breadcrumb (您的位置:网站首页 > 信息中心>医院新闻), then the
    # headline with the page's stray space kept (…举行 医联体成员单位揭牌仪式, as 323) and 发布时间:2020-08-07
    # (10月21日 in the story has no year)
    "tests/data/docs/492_guizhou_zunyi-zhongyiyuan-fenggang-yiliant.txt": ("遵义市中医院与凤冈县中医院举行 医联体成员单位揭牌仪式", "2020-08-07"),
    # the headline, then 发布时间:2021-11-22 来源:新昌县融媒体中心主办 (11月21日 in the story)
    "tests/data/docs/493_zhejiang_shaoyifu-xinchang-zhongyiyuan.txt": ("邵逸夫医院与县中医院合作签约", "2021-11-22"),
    # a traditional content-farm text that opens with its prose (說到浙江,相信大家會想到…), no headline; 今年1月8號 has
    # no year, 2023年12月 no day; no date
    "tests/data/docs/494_zhejiang_shaoyifu-dayunhe-fenyuan.txt": ("", None),
    # site menu (专业版 患者版 / 医院概况 …), contact and QR-code blocks, a breadcrumb (您当前位置: 首页 > 医院新闻 > 新闻中心
    # > 正文), then the headline and 发表时间 :2025-03-25 (3月19日 in the story has no year)
    "tests/data/docs/495_heilongjiang_hayida-zhongliu-duikou-zhiyuan.txt": ("哈医大肿瘤医院召开2025年第一批对口支援工作会议", "2025-03-25"),
    # a pinyin-glossed traditional page that opens with the story (中新社澳門一月七日電(記者黃鴻斌)應澳門社會文化司…),
    # no headline; 一月七日 has no year; no date
    "tests/data/docs/496_aomen_gangda-yixueyuan-fangao.txt": ("", None),
    # an e-paper page: an ad line (中銀全幣種信用卡), the paper's date 2023年12月21日, the page (第A03版:澳聞) and the site
    # (澳門虛擬圖書館), then the traditional headline 澳協和創內地澳門合作辦醫先河, given in simplified; after a photo
    # caption the printed heading repeats it under two lead lines (澳門協和醫院昨日起試營運 / 賀一誠:增澳人健康福祉),
    # not headline; 昨日 in the story
    "tests/data/docs/497_aomen_xiehe-shiyunying.txt": ("澳协和创内地澳门合作办医先河", "2023-12-21"),
    # a content-farm page: the headline, its last word garbled (…妇幼保吧), kept as written (as 464/483), then the date
    # line 2022-01-31 12:47:03 兴城星座网 and the headline again in full (…妇幼保健院) as the story's first line;
    # 6月11日 in the story has no year
    "tests/data/docs/498_jiangsu_nanyida-erfuyuan-qixia-fuyou.txt": ("南京医科大学第二附属医院托管栖霞区妇幼保吧", "2022-01-31"),
    # a breadcrumb (首页 医院动态 医院新闻), then the headline and 发布时间:2018-03-06 来源:南京市浦口医院 (3月5日 in the
    # story has no year)
    "tests/data/docs/499_jiangsu_nanyida-disi-fuyuan-pukou.txt": ("江北新区与南京医科大学正式签订共建南京医科大学第四附属医院(南京市浦口医院)合作协议", "2018-03-06"),
    # opens with the story (本网讯(第一附属医院)为进一步推动…,12月15日上午,…), no year; no date
    "tests/data/docs/500_jiangxi_nandayifuyuan-yugan.txt": ("", None),
    # opens with the story (4月17日,赣南医学院第一附属医院…), no year; ends with the byline (黄建宁); no date
    "tests/data/docs/501_jiangxi_gannan-yiyifuyuan-nankang.txt": ("", None),
    # the site greeting (欢迎访问梅河口市中心医院) and an empty contact block (电话 / / / /), then the headline, the column
    # (新闻中心), the headline again and the info bullets with 发布时间:2017-07-21 (7月20日 in the story has no year)
    "tests/data/docs/502_jilin_jidaeryuan-meihekou-yiliant.txt": ("吉林大学第二医院与我院医联体揭牌签约仪式隆重举行", "2017-07-21"),
    # a hospital profile that opens with its prose (吉林大学中日联谊医院是教育部“985”高校…), no headline; 1949年11月,
    # 1993年7月 and 2000年6月 have no day; no date
    "tests/data/docs/503_jilin_zhongrilianyi-yiyuan-jianjie.txt": ("", None),
    # the column (综合资讯), then the headline and 来源:中新网 2022-06-02 15:12:39 阅读量:17358; the summary line (日前,…,...)
    # repeats the lead; the 上一篇 item (金河生物:…) is another story; 1996年 gives no full date
    "tests/data/docs/504_ningxia_minning-zutuanshi-bangfu.txt": ("闽宁两省区开展医疗人才“组团式”帮扶续写“山海情”", "2022-06-02"),
    # opens with the date line 2020年07月07日10:02 来源:宁夏日报, then the story (有人说,闽宁对口扶贫协作,…); no headline
    # shown; the 相关专题 / 微信“扫一扫” lines after it are the site's
    "tests/data/docs/505_ningxia_minning-yiliao-fupin.txt": ("", "2020-07-07"),
    # the headline after the 【西宁-海东一体化发展】 rubric (not headline, as 300/328/401/475), its kicker before ——
    # kept whole (as 264/428), then 2024-05-09 21:41:07 来源:西宁市第一人民医院 (5月9日 in the story)
    "tests/data/docs/506_qinghai_xining-haidong-diyi-hezuo.txt": ("交流促合作 携手共发展——西宁市第一人民医院与海东市第一人民医院签署合作协议", "2024-05-09"),
    # opens with a byline ((记者/王永会通讯员/陈晖)) and the story (近日,…); no date
    "tests/data/docs/507_qinghai_qinghai-lvye-zhigong-yiyuan.txt": ("", None),
    # a leading date line that runs into a photo caption (七大醫療團隊協力完成中區偏鄉區域聯防照護。（圖/…提供）), not a
    # headline (as 344/345/451), then a byline ((觀傳媒中彰投新聞)【記者廖妙茜/台中報導】); 113年 (Minguo) has no day
    "tests/data/docs/508_taiwan_jianbaoshu-zhongqu-pianxiang-lianfang.txt": ("", "2025-12-09"),
    # a leading date line that runs into the lead (北榮民總醫院與南韓國立首爾大學醫院…正式簽署合作備忘錄（MOU），…),
    # not a headline (as 311/330); 2027年 and 2023 年 give no full date
    "tests/data/docs/509_taiwan_beirong-shouer-zhongliuzi.txt": ("", "2026-01-31"),
    # the site's slogan line (CITY西安—第9个“国家中心城市”资讯新闻站点), then the headline and 发布日期:2020年07月19日
    # (7月17日 in the story has no year, 2018年9月 no day)
    "tests/data/docs/510_shaanxi_shengrenmin-xixian-yuanqu.txt": ("西咸新区人民医院“来”了规划占地344亩", "2020-07-19"),
    # a breadcrumb (首页 > 产经 > 健康 > 正文), then the headline with the page's space kept (国家医学中心 中西医…) and
    # 2023-02-18 11:30:39 来源:阳光网—阳光报 (2月17日 in the story has no year)
    "tests/data/docs/511_shaanxi_jiaoda-yifuyuan-yanta-zhongxiyi.txt": ("交大一附院与雁塔区共建国家医学中心 中西医协同创新中心签约启动", "2023-02-18"),
    # a traditional page that opens with the story, a quote (“母親患類風濕,…”日前,…), no headline; ends with (責編:張杰);
    # no date
    "tests/data/docs/512_shanxi_taiyuan-renmin-jinyuan-yuanqu.txt": ("", None),
    # a profile-like text that opens with its prose (山西省人民医院和平院区于2020年9月16日奠基开工,2023年6月26日建成开诊),
    # no headline; the calendar widget after it (日 | 一 | 二 …) gives no date; no labelled date: 2020年9月16日, the
    # first date in the story
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/513_shanxi_shengrenmin-heping-yuanqu.txt": ("", "2020-09-16"),
    # the headline, then the story; 硬件升级:从“小而全”到“大而精” and 远程诊疗:… are section heads; no date
    "tests/data/docs/514_xizang_naqu-renmin-xinyuanqu.txt": ("那曲市人民医院新院区建成投用 新增床位300张覆盖牧区远程诊疗服务", None),
    # opens with the story (5月27日上午,西藏自治区首个5G智慧医疗联合实验室…), no year; 今年3月 gives no date; no date
    "tests/data/docs/515_xizang_lasa-renmin-5g-shiyanshi.txt": ("", None),
    # a breadcrumb (當前位置: 首頁>> 今日中國>> 中國要聞), then the traditional headline 上海19家三級綜合醫院開始對口支援雲南
    # 19所醫院, given in simplified; the date line 中央政府門戶網站 www.gov.cn 2010年03月09日 來源:新華社 (dateline
    # 新華社昆明3月9日電 has no year)
    "tests/data/docs/516_yunnan_shanghai-19jia-duikou-zhiyuan.txt": ("上海19家三级综合医院开始对口支援云南19所医院", "2010-03-09"),
    # a breadcrumb (网易首页 > 网易号 > 正文 申请入驻), then the headline with its label before | kept whole (as 412/471),
    # then the share widget (0 / 分享至) and the story's numbered section heads and photo captions; the page shows no
    # date line; 2025年度 gives no full date; no date
    "tests/data/docs/517_yunnan_hudian-xiezuo-zutuanshi.txt": ("经验交流 | 2025年度沪滇协作典型案例(四)", None),
    # a spam line and HTML debris (<ul id="6km0w">…), then the pinyin-glossed traditional headline 武漢市第六醫(yī)院新院區(qū)
    # 落戶盤龍城, given in simplified without the glosses (as 403/416/447), and 2024-11-22 16:24:00 來源:極目新聞
    # (11月20日 in the story has no year)
    "tests/data/docs/518_hubei_wuhan-diliu-panlongcheng.txt": ("武汉市第六医院新院区落户盘龙城", "2024-11-22"),
    # a site menu (• 医院主站 / • 医院新闻 24小时更新…), the newsletter's masthead (2024年10月 总第118期 主办:…, no day) and
    # its editor line, then the headline and 发布:对外联络部 时间:2020-09-03 (9月1日 in the story has no year)
    "tests/data/docs/519_hubei_wuda-renmin-donghu-shequ.txt": ("我院与东湖高新区4家社区卫生服务中心续签协作协议", "2020-09-03"),
    # opens with the story (本报讯 6月14日,“万达开南云”重症医学科专科联盟成立大会…), no year; ends with the byline
    # (张娟); no date
    "tests/data/docs/520_sichuan_wandakainanyun-zhongzheng-lianmeng.txt": ("", None),
    # a breadcrumb (当前位置: 首页 > 地方 > 四川), then the headline and 时间:2017-08-03 来源:中国中医药报 (日前 in the
    # story)
    "tests/data/docs/521_sichuan_chengzhongyi-fuyuan-yiliantilianmeng.txt": ("成都中医药大学附属医院成立医联体联盟", "2017-08-03"),
    # a pinyin-glossed traditional page that opens with the story (日前,南方醫(yī)科大學(xué)珠江醫(yī)院在全省率先推出…), no
    # headline; the lines under the photos (神經(jīng)外科珠江醫(yī)療聯(lián)盟 …) are captions; no date
    "tests/data/docs/522_guangdong_zhujiang-zhuanke-lianmeng-yangchun.txt": ("", None),
    # opens with the dateline 中新网广东新闻7月1日电 (梁盛 梁晶晶 陈代全) (no year) and the story (近日,…); no date
    "tests/data/docs/523_guangdong_shengyi-dianbai-yuexi.txt": ("", None),
    # a photo note ((资料图片仅供参考)) and a byline (河南日报记者 李晓敏), then the story (5月23日,…), no year, no
    # headline; the credits (责编:… | 监制:…) and (来源:河南日报) give no date; no date
    "tests/data/docs/524_henan_guojia-quyu-zhongxin-qianyue.txt": ("", None),
    # the channel name (智库河南) and a breadcrumb (映象首页 > 智库河南 > 中原党建 > 正文), then the headline and
    # 2023-07-03 09:59:41 来源:河南日报; the [摘要] line repeats the lead (7月1日 has no year); the copyright year
    # 2012 in the footer is not a date
    "tests/data/docs/525_henan_dongzhimen-luoyang-yibin.txt": ("洛阳国家区域医疗中心建设再添新动能", "2023-07-03"),
    # kicker and headline on one line, kept whole (as 366/412), then the story (本报讯 (沈莉报道)11月28日上午,…);
    # 11月28日 and 11月29日 have no year; no date
    "tests/data/docs/526_zhejiang_yueyang-ruian-ningbo-yigongti.txt": ("上海技术 长三角共享 岳阳医院瑞安分院及宁波中医专科医共体揭牌", None),
    # the headline (the series' name, as the page shows it) above the font-size buttons (A+ / A-), then the 编者按, a
    # photo caption (桐庐县第二人民医院现状) and the section head 留得住人 沉得下心 before the dateline 浙江在线10月8日讯
    # (no year); 2012年底, 2016年12月 and 2013年8月 have no day; the dates under 健康阅读排行 / 健康热门推荐 belong to
    # other stories; no date
    "tests/data/docs/527_zhejiang_shiyi-tonglu-eryuan.txt": ("健康浙江 强基惠民", None),
    # opens with the story (2025年12月30日下午,北京市和平里医院与…), no headline; the date in it is the only one
    "tests/data/docs/528_beijing_hepingli-erke-yilianti.txt": ("", "2025-12-30"),
    # the headline, then 【来源:央视新闻】 and the story (近日,…); 截至2024年10月 has no day; no date
    "tests/data/docs/529_beijing_erke-yilianti-mingdan.txt": ("覆盖40余家医院,北京市公布紧密型儿科医联体名单", None),
    # opens with the story (近日,阜阳师范大学附属阜南医院签约揭牌仪式…); ends with the credits (采集:… / 编辑:…);
    # no date
    "tests/data/docs/530_anhui_funan-fuyangshida-fuyuan.txt": ("", None),
    # a WeChat-style opening, the lead broken into short lines (2023年8月28日上午 / 坐落于… / 上海市第六人民医院安徽医院 /
    # (国家创伤区域医疗中心) / 揭牌开诊啦 / …), no headline (as 303); then a photo caption (▲安徽省人民政府副省长…);
    # 2023年8月28日 in it is the only date
    "tests/data/docs/531_anhui_liuyuan-anhui-chuangshang-zhongxin.txt": ("", "2023-08-28"),
    # the headline, then 时间:2023-06-05 来源:广西壮族自治区民族医院 (6月2日 and 4月14日 in the story have no year)
    "tests/data/docs/532_guangxi_minzuyiyuan-haiyuan-weishengyuan.txt": ("我院与宁明县海渊镇中心卫生院结为医疗技术协作及双向转诊单位", "2023-06-05"),
    # the headline, then the info line with 发布时间:2017-11-21 glued between the source and 编辑: (11月18日 in the
    # story has no year)
    "tests/data/docs/533_guangxi_gxmuyfy-xiaohua-zhuanke-lianmeng.txt": ("我院牵头成立广西消化内科专科联盟 区内142家医院加盟", "2017-11-21"),
    # an e-paper story without its headline, opening with 本报讯(记者贾晓宏)北京市卫计委昨天…; 2020年底, 2013年 and
    # 今年上半年 give no full date; no date
    "tests/data/docs/534_hebei_jingjibao-baoding-duikou-hezuo.txt": ("", None),
    # a content-farm page whose headline is the lead's first sentence, standing alone above the story without its
    # full stop (“北京专家到家门口看病,…!”…感慨道), kept as written (as 368/413); the story then opens with the same
    # sentence; 今年5月, 2025年 and 2019年 give no full date; no date
    "tests/data/docs/535_hebei_luannan-nonggong-tongxin-bangfu.txt": ("“北京专家到家门口看病,连CT都是顶级设备,这在过去想都不敢想!”滦南县患者李淑芬在县医院接受完北京协和专家会诊后感慨道", None),
    # a breadcrumb (主页 >>), then the headline and the date line 2019年02月19日556未知admin (the date with the view
    # count glued on, as 268/466): the reprint's own date (as 281/415), though the story it carries (本报11月3日讯, no
    # year) is older; the footer's 最后修改时间:2019-12-21 is the site's, not the page's
    "tests/data/docs/536_hunan_changshaxian-shengrenmin-tuoguan.txt": ("让百姓在家门口看名医", "2019-02-19"),
    # the column (行业资讯), then the headline and the story (近日,…); ends with the credits (文图:… / 编辑:… /
    # 审核:…); no date
    "tests/data/docs/537_hunan_nanhuafuer-zhengxiang-yiliao-jituan.txt": ("南华大学附属第二医院与蒸湘区政府共建紧密型城市医疗集团", None),
    # a traditional page: the headline 將共建福建醫科大學泉州灣研究生科創實踐基地和國家省級區域醫療中心, given in
    # simplified, then two subtitle lines (張毅恭陳曉春見證簽約 / 蔡戰勝林旭致辭, not headline, as 342) and the dateline
    # 泉州網7月20日訊 (no year); 7月19日 in the story has no year; no date
    "tests/data/docs/538_fujian_quanzhou-fujian-yikeda-gongjian.txt": ("将共建福建医科大学泉州湾研究生科创实践基地和国家省级区域医疗中心", None),
    # a traditional page: the kicker on its own line (山海同心 健康護航, not headline, as 486), then the headline
    # 晉江市醫院組建“國家區域醫療中心巡回醫療隊”入駐武平縣, given in simplified, and the date line 2025年11月18日10:41 |
    # (11月17日 in the story has no year)
    "tests/data/docs/539_fujian_jinjiang-wuping-xunhui-yiliao.txt": ("晋江市医院组建“国家区域医疗中心巡回医疗队”入驻武平县", "2025-11-18"),
    # opens with the story (为解决百姓看病难的问题,铁岭市…); ends with 来源:铁岭市人民政府; no date
    "tests/data/docs/540_liaoning_tieling-yiliant-jianshe.txt": ("", None),
    # a breadcrumb (当前位置: 首页 > 政务公开 > …> 医疗) and a government info table (标  题: …, 成文日期: empty,
    # 发布日期: 2021-05-17), then the headline after the source tag [健康中国辽宁频道] (not headline, as 220/431), its
    # kicker before —— kept whole (as 264/428/506), and 发布时间:2021-05-17 (5月9日 in the story has no year)
    "tests/data/docs/541_liaoning_shengjing-jianchang-yiliant.txt": ("辽宁:构建“医联体式”帮扶县医院新发展格局——中国医大盛京医院与建昌县人民政府正式签订帮扶建昌县人民医院医联体合作协议", "2021-05-17"),
    # opens with the story (10月16日,长寿区人民政府与…), no year; ends with 来源:人人长寿客户端; no date
    "tests/data/docs/542_chongqing_chongyifuyi-changshou-yiyuan.txt": ("", None),
    # a forum thread: the site name (万州生活), login and search lines and the thread bar (查看: 2513|回复: 0), then
    # the thread's title with its …… kept as written (as 464), the poster's stats and 发表于 2021-3-12 14:36:38; the
    # post opens with short WeChat-style lines; 2021年 has no day
    "tests/data/docs/543_chongqing_wanzhou-shehui-shiye-yiyuan.txt": ("万州今年建成两家医院,创建三家三级医院,分别是……", "2021-03-12"),
    # the column (上海新闻), then the headline and 来自:解放日报 作者:上海要闻 访问量:1391; 昨天上午 in the story gives no
    # date; no date
    "tests/data/docs/544_shanghai_renji-punan-fenyuan.txt": ("仁济医院浦南分院挂牌", None),
    # a spam page (首页 / ts女王): no headline line; the headline stands in the 作者 field of the info line
    # (时间:2025-05-29 11:34:46 作者:国家儿童医学中心配套工程… 浏览量:93942), taken as the page's title (as the labelled
    # 标题: in 367); the labelled 时间 is the reprint's own date (as 281/415), before the dateline 5月28日电 (no year)
    "tests/data/docs/545_shanghai_fudan-erke-fengxian-yuanqu.txt": ("国家儿童医学中心配套工程在沪开工建设 助力长三角卫生健康一体化发展", "2025-05-29"),
    # opens with the story (8月2日,为深入学习贯彻落实十九大精神,…), no year; ends with the credit (宣传部); no date
    "tests/data/docs/546_neimenggu_zhuozi-jiudi-hezuo.txt": ("", None),
    # a pinyin-glossed traditional page that opens with the story (據(jù)新華社呼和浩特12月8日電…), no headline; 12月8日
    # has no year; no date
    "tests/data/docs/547_neimenggu_xinganmeng-mengyi-wangluo.txt": ("", None),
    # an accessibility-toolbar word list (拼音 / 辅助浏览 / …), the site name (天津市滨海新区卫生健康委员会) and a
    # breadcrumb (当前位置: 首页>新闻中心), then the headline and 发布日期: 2024-05-16 13:54 (5月12日 in the story has no year)
    "tests/data/docs/548_tianjin_binhai-haiyou-yiyuan-gongjian.txt": ("滨城这里将新建三甲综合医院", "2024-05-16"),
    # the site name (众力资讯网), then the headline; 10月22日 in the story has no year; no date
    "tests/data/docs/549_tianjin_jizhou-tianzhongyi-wufu.txt": ("天津中医药大学第五附属医院,就在这里!", None),
    # a spam line and an app banner (青島新聞APP / 打開), then the traditional headline 青島大學直屬附屬醫院體系再添新成員:
    # 泰安市中心醫院納入, given in simplified; the date line 2020-11-24 09:53 澎湃新聞 (11月21日 in the story has no year)
    "tests/data/docs/550_shandong_qingda-taian-zhongxin-yiyuan.txt": ("青岛大学直属附属医院体系再添新成员:泰安市中心医院纳入", "2020-11-24"),
    # a stray nav word (全部), then the headline, 来源:齐鲁网, an empty 作者: and 2020-10-09 14:52:10
    "tests/data/docs/551_shandong_qingdao-yixueyuan-fushu-yiyuan.txt": ("青岛市政府与青岛大学共建签约!青岛医学院揭牌成立", "2020-10-09"),
    # a site menu and a breadcrumb (当前位置:首页 > 热点专题 > 聚焦新医改 > 各地实践), then the headline and
    # 2018-01-12 12:27 来源:北方网 (11日 in the story)
    "tests/data/docs/552_xinjiang_tianjin-zutuan-hetian.txt": ("天津市推进“组团式”医疗援疆 大力提升和田医疗水平", "2018-01-12"),
    # a photo story that opens with its caption (在新疆喀什地区英吉沙县人民医院,…(9月15日摄)), no headline; 9月15日 and
    # 9月11日 have no year (2023年 names the activity: 2023年山东援疆“喀什光明行”活动); ends with the photo credit; no date
    "tests/data/docs/553_xinjiang_shandong-kashi-guangmingxing.txt": ("", None),
    # the headline, then 2025-03-08 10:34:54 来源:昆明信息港 (3月7日 in the story has no year)
    "tests/data/docs/554_yunnan_kunyiyifu-shanghai-ertong.txt": ("昆明医科大学第一附属医院与上海市儿童医院签署合作协议", "2025-03-08"),
    # a pinyin-glossed traditional page that opens with the story (人民網(wǎng)昆明9月5日電 …9月4日,,…), no headline;
    # 9月5日 and 9月4日 have no year; no date
    "tests/data/docs/555_yunnan_shengyiyuan-ruijin-renji.txt": ("", None),
    # a leading date line ( date 2025-10-16) that runs into the lead (as 311/330); no headline
    "tests/data/docs/556_taiwan_yunlin-shuilin-beigang-mazu.txt": ("", "2025-10-16"),
    # the page-header date 週三. 10 月 21st, 2020 (masthead), then the traditional headline 金門醫療不足 兩岸通醫議題浮上檯面,
    # given in simplified (檯 as 台, the space kept); 衛福部金門醫院。(記者劉天生攝) under it is a photo caption
    "tests/data/docs/557_taiwan_jinmen-yiliao-housong-tongyi.txt": ("金门医疗不足 两岸通医议题浮上台面", "2020-10-21"),
    # a breadcrumb (当前位置:首页 > 医院新闻 > 大事记), then the headline with its part after —— kept whole (as 264),
    # then 来源:吉林省肿瘤医院 时间:2021-04-16
    "tests/data/docs/558_jilin_gongzhuling-zhongxin-zhongliu-lianmeng.txt": ("公主岭市中心医院加入吉林省肿瘤专科医疗联盟签约仪式暨惠民义诊活动成功举行——我院持续开展“我为群众办实事”实践活动", "2021-04-16"),
    # the traditional headline, given in simplified (the ASCII , and ! and the —— kept), then 來源:吉林省腫瘤醫院
    # 時間:2019-12-27 before 2019年12月25日 in the story
    "tests/data/docs/559_jilin_meihekou-zhongyiyuan-zhongliu-lianmeng.txt": ("技术帮扶,造福百姓——梅河口市中医院加入吉林省肿瘤专科医疗联盟揭牌仪式暨义诊惠民活动成功举行!", "2019-12-27"),
    # a breadcrumb ending in the headline, the headline, then 时间: 2017-12-14 14:24 来源: 中国网财经
    "tests/data/docs/560_ningxia_beijing-jiujia-duikou-yinchuan.txt": ("北京市9家医疗卫生机构对口支援银川", "2017-12-14"),
    # a machine-style Q&A page opening with its answer sentence (2025年中卫市暂无三甲医院开设风湿免疫科,…。), not a
    # headline; 一、中卫市核心… is a section head; 2025年 has no day; no date
    "tests/data/docs/561_ningxia_zhongwei-fengshi-mianyi-zhuanke.txt": ("", None),
    # the headline, then the story; the page states no date (2021-08-01 is only in the URL)
    "tests/data/docs/562_shanxi_shengrenmin-tuoguan-zuoquan.txt": ("省人民医院托管左权县医院", None),
    # opens with the story (臨汾新聞網訊 3月19日,…), no year; the 責任編輯 line after it; no date
    "tests/data/docs/563_shanxi_shengertong-fushan-fuyou-lianmeng.txt": ("", None),
    # garbled site menu and a breadcrumb, then the headline with its last character lost (…签约仪), kept as written
    # (as 498), then 发布日期?016-09-21 with the first digit lost, read as 2016 (9?0日 in the story is damaged too)
    "tests/data/docs/564_jiangsu_shengrenmin-liyang-yuanfu-hezuo.txt": ("阎立出席“院府合作”办医签约仪", "2016-09-21"),
    # 今日头条 is the column, not headline; then the headline and the story (本报讯…3月24日,…), no year; no date
    "tests/data/docs/565_jiangsu_nanjing-dushiquan-linbajie-jiehe-lianmeng.txt": ("南京都市圈淋巴结结核专科联盟成立", None),
    # an excerpt starting mid-story (作为革命老区,江西…); 2021年 has no day; no date (2025/11/20 is only in the URL)
    "tests/data/docs/566_jiangxi_qijia-guojia-quyu-yiliao-zhongxin.txt": ("", None),
    # the 【江西招商】 rubric is not headline (as 401); 所属地区:江西, then the labelled 发布日期:2025年07月10日
    "tests/data/docs/567_jiangxi_gonggongweisheng-linchuang-zhongxin-kaigong.txt": ("江西省级公共卫生应急救治体系重大项目开工 填补区域医疗资源空白", "2025-07-10"),
    # a breadcrumb (您当前的位置:首页 > 新闻资讯 > 执法监督), then the headline and 点击数:2029│更新时间:2013-08-26 07:57:07│
    # 【加入收藏】【打印此文】 (8月23日 in the story has no year); 相关推荐 after the story is the site's
    "tests/data/docs/568_sichuan_lixian-chengdujunqu-duikou-zhiyuan.txt": ("理县与成都军区签订对口支援协议", "2013-08-26"),
    # a traditional page: the headline 敘永縣人民政府與西南醫科大學附屬醫院簽署醫療聯合體合作協議, given in simplified,
    # then 來源:中國網 時間:2022-01-25 17:54:24 編輯:… (1月25日 in the story has no year)
    "tests/data/docs/569_sichuan_xuyong-xinanyida-fuyuan-yiliaolianheti.txt": ("叙永县人民政府与西南医科大学附属医院签署医疗联合体合作协议", "2022-01-25"),
    # a breadcrumb (网易首页 > 网易广东 > 正文), then the headline and the share widget (0 / 分享至); the lines after it
    # (促进优质资源均衡布局 / 加快打造区域医疗高地 / 温湛滨出席…仪式) are subtitle lines, not headline (as 342); 10月18日 in
    # the story has no year; no date
    "tests/data/docs/570_guangdong_shantou-renmin-yiyuan-chengli.txt": ("汕头市人民医院正式成立", None),
    # the headline with the page's space kept (…江海区人民政府 组建…), then the source line (江门市五邑中医院) and the
    # story (今天上午,…); no date
    "tests/data/docs/571_guangdong_wuyi-zhongyiyuan-jianghai-yiliaolianheti.txt": ("江门市五邑中医院与江海区人民政府 组建医疗联合体签约仪式于今日举行", None),
    # a breadcrumb (您当前的位置:首页 >> 人物 >), then the headline with the page's space before the comma kept
    # (…医疗中心 ,河南…), then an empty 来源: and 时间:2022-07-07 13:50:42
    "tests/data/docs/572_henan_disanpi-guojia-quyu-yiliao-zhongxin.txt": ("河南将再建3个国家区域医疗中心 ,河南老百姓看病更方便了", "2022-07-07"),
    # a hospital-directory page: the site's slogan (帮你快速找医生), then the page's heading, the hospital's name with its
    # grade badge glued on (郑州大学第一附属医院南院区 二级医院; the badge dropped, as the share button in 331), address,
    # phone and booking widgets; its 医院简介 is a press item on another hospital (河南省省立医院) without a headline;
    # 5月19日 has no year, 2015年12月 no day; no date
    "tests/data/docs/573_henan_shengli-yiyuan-guokong-kaizhen.txt": ("郑州大学第一附属医院南院区", None),
    # a government info block (计划总结 column; 索 引 号 … 公开日期: 2023-04-22; 发布机构 / 文  号), then the headline and
    # 发布日期: 2023-04-25 17:10, the page's labelled publication date (the notice is signed 2023年4月22日); the
    # document title after it (2023年全省卫生健康工作要点) is not the headline (as 323)
    "tests/data/docs/574_zhejiang_weijianwei-2023-gongzuo-yaodian.txt": ("浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知", "2023-04-25"),
    # no headline: an info line (来源:2012-07-13 发布时间:2012-07-13 作者:2012-07-13 阅读数:1672次), then the story
    # (本报长兴7月12日电 …), no year; the labelled 发布时间 is the date (《浙江日报》(2012年7月13日4版) agrees)
    "tests/data/docs/575_zhejiang_zheyiyiyuan-changxing-dierrenmin.txt": ("", "2012-07-13"),
    # opens with the story (三亚新闻网11月4日消息(…)近日,…), no year, no headline; ends with 责任编辑:…; no date
    "tests/data/docs/576_hainan_sanya-zhongyiyuan-tuoguan-baoting.txt": ("", None),
    # a government info line: the labelled title field (标题:儋州市“十四五”卫生健康规划 (2021-2025), the page's space
    # kept), 成文日期:2024年09月09日 and 发布日期:2024年09月09日, then a table of contents; the document's own heading
    # after it (儋州市“十四五”卫生健康规划 / (2021-2025年)) is not the headline (as 323)
    "tests/data/docs/577_hainan_danzhou-shisiwu-weisheng-guihua.txt": ("儋州市“十四五”卫生健康规划 (2021-2025)", "2024-09-09"),
    # opens with the story (枝江融媒(通讯员 黄杰)12月19日,…), no year, no headline; no date
    "tests/data/docs/578_hubei_xiehe-zhijiang-jishu-xiezuo.txt": ("", None),
    # opens with the story (昨天上午,荆门市四家公立医院…), no headline; photo placeholders (打开网易新闻 查看精彩图片) with
    # captions and 来源:荆门市卫健委 after it; no date
    "tests/data/docs/579_hubei_jingmen-jingchu-ligong-gongjian.txt": ("", None),
    # a masthead line (本報逢週四出版…「即時資訊), then the traditional headline 仁伯爵綜合醫院離島急診站交由協和澳門醫學中心營運,
    # given in simplified, and the date line 2026年1月23日 即時資訊 (128日 in the story lost its 月; the edition line
    # 2026年 1月22日 第922期 is in the footer after the story)
    "tests/data/docs/580_macau_renbojue-lidao-jizhenzhan.txt": ("仁伯爵综合医院离岛急诊站交由协和澳门医学中心营运", "2026-01-23"),
    # the traditional headline 何厚鏵指澳門對專科醫療服務需求迫切, given in simplified, then 2009-06-28 (16:38); the 相關新聞
    # dates come after the story
    "tests/data/docs/581_macau_jinghu-zhuanke-dalou.txt": ("何厚铧指澳门对专科医疗服务需求迫切", "2009-06-28"),
    # a spam header (欢迎访问华人策略研究论坛app), 新闻动态 and a breadcrumb, then the headline with its 甘肃卫视: prefix kept
    # as written; the page states no date
    "tests/data/docs/582_gansu_sige-guojia-quyu-yiliao-zhongxin.txt": ("甘肃卫视:甘肃省四个国家区域医疗中心建设顺利", None),
    # a slogan (看家乡事,品故乡情), then the headline and 甘肃经济日报 2016-04-07 00:16 大字 (4月6日 in the story)
    "tests/data/docs/583_gansu_shengji-hulianwang-yiyuan.txt": ("西北首家省级互联网医院——甘肃省互联网医院上线运营", "2016-04-07"),
    # list/HTML residue (1. <p id=…></p> / 2. ) before the traditional headline 海拔四千多就醫難 西藏7家城市醫院對口支援, given in
    # simplified (the space kept, the list number 2. dropped), then 2017-03-25 19:50:00 來源:中國新聞網 (dateline 3月24日电)
    "tests/data/docs/584_xizang_qijia-chengshi-yiyuan-duikou-xiangzhen.txt": ("海拔四千多就医难 西藏7家城市医院对口支援", "2017-03-25"),
    # 新闻中心 and two breadcrumbs, the column (医院新闻), then the headline (ASCII !) and the labelled 发布日期:2023-04-21
    "tests/data/docs/585_xizang_weinan-zhongxin-yuanzang-geji.txt": ("出发!渭南市中心医院第四批援藏医疗队今日启程", "2023-04-21"),
    # the headline with its odd closing quotes (”中国国医节”) kept as written, then 大健康事业部 | 2025-03-18 17:18 before
    # 2025年3月17日 in the story
    "tests/data/docs/586_guizhou_guangdong-zhongyiyuan-guizhou-yiliant.txt": ("广东省中医院贵州医院举行与贵阳市县级医院医疗联合体签约仪式暨”中国国医节”大型专家义诊活动", "2025-03-18"),
    # opens with the story (4月23日,遵义医科大学附属医院…), no headline; 4月23日 has no year; no date
    "tests/data/docs/587_guizhou_zunyi-fuyuan-baili-dujuan-bangfu.txt": ("", None),
    # no headline: the page opens with 时间: 2017-01-19 14:54:43 来源:渭南医疗网, then 核心提示 (the lead) and the story
    "tests/data/docs/588_shaanxi_huayin-renmin-jiaoda-erfuyuan.txt": ("", "2017-01-19"),
    # opens with the story (4月18日上午,在渭南市华州区中医医院,…), no headline; the lines after it are photo captions;
    # 4月18日 has no year; no date
    "tests/data/docs/589_shaanxi_xiyi-erfuyuan-huazhou-zhongyiyuan.txt": ("", None),
    # share residue (- +1), then the traditional headline 一茬茬上海援青醫生把優質資源送上高原,為當地居民帶來了什么?, given in
    # simplified (ASCII , and ? kept); 下鄉篩查發現病情,… is a section head; 8月12日 has no year (2010年7月, 2023年 have no
    # day); no date
    "tests/data/docs/590_qinghai_shanghai-yuanqing-guoluo.txt": ("一茬茬上海援青医生把优质资源送上高原,为当地居民带来了什么?", None),
    # a breadcrumb (首页 快讯 > 正文), then the headline; the dateline 中新网西宁1月26日电 has no year; no date (2022/0126 is
    # only in the URL)
    "tests/data/docs/591_qinghai_zhongzangyi-zhuanke-lianmeng.txt": ("青海首次设立藏医药浴、中医肺病等专科联盟", None),
    # an am730 page: the leading date line ( date 2025-12-27 熱門搜尋:), the section (本地) and 2025-12-27 16:15:00,
    # then the traditional headline 中醫醫院開業半個月　因應需求增加三成診症名額, given in simplified with the
    # ideographic space as an ASCII space (as 245); 本月11日 in the story has no year
    "tests/data/docs/592_hongkong_zhongyi-yiyuan-kaiye-banyue.txt": ("中医医院开业半个月 因应需求增加三成诊症名额", "2025-12-27"),
    # a 明報 instant-news item stored without its headline: the story (資本策略(0497)昨公布,…) twice; 昨 and 明年初
    # give no date; no date (2023-08-23 is only in the URL)
    "tests/data/docs/593_hongkong_yiguanju-qihui-bangongshi.txt": ("", None),
    # a traditional page that opens with the story (東北網哈爾濱11月16日電 13日,…), no year; the 責任編輯 line and an
    # empty 相關新聞 after it; no date (2004/11/16 is only in the URL)
    "tests/data/docs/594_heilongjiang_hayida-zhongliu-yilan-weishengyuan.txt": ("", None),
    # an empty breadcrumb (您的当前位置:), then the headline; 9月24-25日 has no year; no date
    "tests/data/docs/595_heilongjiang_baijia-yiyuan-biaozhang.txt": ("创建百佳医院", None),
    "tests/data/docs/596_beijing_beiyisanyuan-yanqing-yiyuan.txt": ("北大第三医院开办延庆分院", "2015-09-29"),
    # image alt debris (标题ALT) and a breadcrumb (您的位置 首页 > > 全国 > 北京), then the headline; the 核心提示 and
    # photo captions (10月26日摄 / 10月27日摄) have no year, 截至2021年 no day; no date
    "tests/data/docs/597_beijing_jiankang-fuwuquan-shequ.txt": ("北京市基本建成覆盖城乡的健康服务圈", None),
    # a breadcrumb (首页 > 新闻动态), then the headline and 发布时间:2018-06-16 阅读次数:292 (6月5日 in the story
    # has no year)
    "tests/data/docs/598_anhui_guangde-xianyiyuan-yijishan-yilianti.txt": ("与弋矶山医院探索建立紧密型医联体合作关系", "2018-06-16"),
    # a traditional reprint without a headline: a | line and the source line (信息來源:蕪湖新聞網—蕪湖日報), then the
    # story (11月27日上午,…), no year; author-profile noise at the end; no date
    "tests/data/docs/599_anhui_wuhu-wannan-quyu-zonghe-yiliao-zhongxin.txt": ("", None),
    # a machine-style explainer opening with the section label 引言 (not a headline) and its intro paragraph; 一、合作共赢:…
    # is a section head; no date
    "tests/data/docs/600_guangxi_zhongshanyiyuan-guangxi-nanning-hongshizi.txt": ("", None),
    # a machine-style pinyin-glossed traditional ranking text opening with its summary sentence (崇左市人民醫(yī)院與…),
    # not a headline (as 561); 一、 崇左市人民醫(yī)院:市域醫療中心 is a section head; no date
    "tests/data/docs/601_guangxi_chongzuo-renmin-minzu-yiyuan.txt": ("", None),
    # opens with the story (河北新闻网讯(王晨、刘丽娜、周万良)8月8日,…), no year; no date (2018-08/15 is only in the URL)
    "tests/data/docs/602_hebei_cangzhou-zhongxin-yiyuan-yiliao-jituan.txt": ("", None),
    # an e-paper brief under a place-name line (沙河市), a rubric like 442's channel word, not a headline;
    # 近年来 gives no date; no date (201912/28 is only in the URL)
    "tests/data/docs/603_hebei_shahe-xingtai-yilianti.txt": ("", None),
    # opens with the story (6月1日,天津市儿童医院与…), no year, no headline; no date (2020/08/28 is only in the URL)
    "tests/data/docs/604_tianjin_ertong-yiyuan-erke-yilianti.txt": ("", None),
    # the headline, then the date line 天津房产快讯 2021-01-14 09:36:31 (the column name and the reprint's own date) before
    # 2020年12月24日 in the story; share noise (用手机看 / 扫一扫…) after it
    "tests/data/docs/605_tianjin_zhongyiyanjiuyuan-hexi-zhongyiyuan.txt": ("天津市中医药研究院与河西区人民政府签署合作框架协议", "2021-01-14"),
    # nav text (专题发布Navigation) and the column (健康巴彦淖尔行动), then the headline with its part after —— kept whole
    # (as 264/428/506), then 发布时间:2025-02-13 09:27:42 (2025年1月11日 in the story is the meeting)
    "tests/data/docs/606_neimenggu_zhongyi-pifubing-zhuanke-lianmeng.txt": ("区中建设谋新篇 专科联盟比翼飞——内蒙古自治区中医皮肤病专科联盟正式成立", "2025-02-13"),
    # a traditional page that opens with a photo caption (掛牌儀式現場 (攝影 李云平)), not a headline, then the story
    # (中廣網呼和浩特9月3日消息 9月1日,…), no year; no date (200709/03 is only in the URL)
    "tests/data/docs/607_neimenggu_funv-ertong-yiyuan-guapai.txt": ("", None),
    # the headline, then 2019-12-09 19:21 来源 大连新闻 (9号 in the story has no year); the 上一篇/下一篇 items are other stories
    "tests/data/docs/608_liaoning_dayi-fushu-sanyuan-pulandian.txt": ("大医附属三院拟于明年9月投入运营", "2019-12-09"),
    # a machine-style pinyin-glossed traditional listing opening with its summary sentence (截至2025年9月,遼寧省沈陽市…),
    # not a headline (as 561/601); 一、 沈陽互聯(lián)網(wǎng)醫(yī)院主體類型與代表機構(gòu) is a section head; 截至2025年9月 has no day; no date
    "tests/data/docs/609_liaoning_shenyang-hulianwang-yiyuan.txt": ("", None),
    # a Wikipedia mirror: the article title (上海市第六人民医院) is the headline; 上海市医院 under it is a category line.
    # The page states no publication date; by this file's rule the first full date in it counts (as 405/411): the photo
    # caption 1963年8月13日表彰… (1963年1月, 1991年5月, 2000年12月 have no day)
    # (a reader would give no date: it is a historical event on an encyclopedia page)
    "tests/data/docs/610_shanghai_liuyuan-weiji-yiyuan-yange.txt": ("上海市第六人民医院", "1963-08-13"),
    # a pinyin-glossed traditional page: a breadcrumb (當前位置: 行業動態> 政策文件), then the headline
    # 上海市人民政府辦公廳印發《關於本市推進醫療聯合體建設和發展的實施意見》的通知, given in simplified, then the labelled
    # 發布時間:2018/01/16 before the signature date 2017年12月29日; the document title after it is not the headline (as 323)
    "tests/data/docs/611_shanghai_yilianti-shishi-yijian.txt": ("上海市人民政府办公厅印发《关于本市推进医疗联合体建设和发展的实施意见》的通知", "2018-01-16"),
    # an excerpt starting mid-story (一张蓝色背景显示屏上…), no headline; 进驻厦门的医院早已不止华西一家 is a section head;
    # 8月4日 has no year, 2014年8月 no day; no date
    "tests/data/docs/612_fujian_huaxi-xiamen-yiyuan.txt": ("", None),
    # the traditional headline 第二家臺灣醫院將落戶福建 投資10億元, given in simplified (the space kept), then
    # 時間:2011-05-10 13:08 來源:中新社 (dateline 中新社福州5月9日電, no year)
    "tests/data/docs/613_fujian_taiwan-yiyuan-fuzhou-cangshan.txt": ("第二家台湾医院将落户福建 投资10亿元", "2011-05-10"),
    # a traditional page: a stray ? line, then the story (半島網7月5日消息 …), no year, no headline; 7月3日 has no year;
    # 會議現場 / 現場簽約 are photo captions; no date (201907/05 is only in the URL)
    "tests/data/docs/614_shandong_qilu-qingdao-yinan-gangchang.txt": ("", None),
    # the headline with its | kept as written (as 209), repeated in 【】 before the story and again at the end;
    # 今天(8月28日) has no year; no date (2020/0828 is only in the URL)
    "tests/data/docs/615_shandong_licang-yongqinglu-shequ-yiyuan.txt": ("李沧区|市内三区首家社区医院在李沧区永清路揭牌启用创新构建紧密型医联体", None),
    # the headline with its kicker before —— kept whole (as 264/428), the page's space before —— kept; the date line
    # 2023-08-05 09:08医疗服务中心 (8月4日 in the story has no year)
    "tests/data/docs/616_hunan_huyifuyi-xinhuang-quyu-zhongxin.txt": ("“携手”共进 合作共赢 筑牢患者健康之梦 ——湖医附一医院与新晃县人民医院合作共建省级边界类区域医疗中心签约仪式成功举行", "2023-08-05"),
    # opens with the dateline 永顺融媒·今日永顺客户端1月16日讯 (no year) and the story, no headline; 2021年以来 has no
    # day; no date (2026/01/16 is only in the URL under 本文链接:)
    "tests/data/docs/617_hunan_hengyang-yongshun-duikou-bangfu.txt": ("", None),
    # the headline, then the date line 27.10.2017  20:39 (day first); 10月24日 in the story has no year
    "tests/data/docs/618_chongqing_chongda-fushu-zhongliu-zhongxin.txt": ("重庆大学附属医院揭牌 将逐步恢复重庆大学医学院", "2017-10-27"),
    "tests/data/docs/619_chongqing_huatuo-gongcheng-erbihouke.txt": ("重庆初步建成耳鼻喉科帮扶体系", "2019-07-17"),
    "tests/data/docs/620_xinjiang_jiangsu-shengrenmin-yili-yiyuan.txt": ("江苏省人民医院伊犁医院自治区级区域医疗中心揭牌", "2025-04-26"),
    # a spam line (AG百家乐代理-红桃KAG百家乐娱乐城) and the column (專題聚焦), then the traditional headline
    # 中山大學與新疆共建南疆首個國家區域醫療中心, given in simplified; 發布日期:2021-05-14 (5月13日 in the story has no year)
    "tests/data/docs/621_xinjiang_zhongda-kashi-guojia-quyu-zhongxin.txt": ("中山大学与新疆共建南疆首个国家区域医疗中心", "2021-05-14"),
    # the site's date widget (2022年09月04日, the day it was viewed, not the page's, as 371) and a breadcrumb, then the
    # headline and the labelled 发布时间:2021/7/12 16:26:00
    "tests/data/docs/622_shanxi_datong-wuyuan-fengzhen-bangfu.txt": ("大同市第五人民医院专家团队在丰镇市人民医院中心院区开展医疗帮扶活动", "2021-07-12"),
    # a machine-style explainer opening with its section head (一、原平医院的现状概述), not a headline (as 600);
    # 截至2022年末 and 2022年 give no full date; no date
    "tests/data/docs/623_shanxi_yuanping-yiliao-jituan-baiqiuen.txt": ("", None),
    # a breadcrumb (您当前的位置:首页 >> 新闻中心 >> 政务活动 >> 正文), then the headline and 发布日期:2017-04-09
    # (4月8日 in the story has no year)
    "tests/data/docs/624_jiangsu_changyi-zhuanke-lianmeng.txt": ("丁纯出席“常医专科联盟”签约仪式", "2017-04-09"),
    # a spam line (深圳圣莫丽斯别墅(圣莫里斯)), then the headline with the spam name inside it, kept as written (as 483);
    # the bare headline (重磅签约!…新征程) repeated under the photos is caption text; 5月15日 has no year, 今天上午 gives no
    # date; no date
    "tests/data/docs/625_jiangsu_suzhou-kejicheng-yiyuan-qianyue.txt": ("圣莫里斯(深圳圣莫丽斯别墅)重磅签约!苏州科技城医院迈向长三角医疗融合与国际合作新征程", None),
    # the whole page on one line: the breadcrumb (首页 >> 医院新闻) with the headline glued on, then the info fields and
    # 时间:2012-05-09 03:51:11, the labelled date before 2012年2月29日 (the signing) in the story
    "tests/data/docs/626_jiangxi_xinyu-renmin-fenyi-duikou.txt": ("我院与分宜县人民医院签订2012年对口支援协议", "2012-05-09"),
    # a traditional page that opens with the story (2025年10月24日上午,南昌普瑞眼科醫院與…), no headline;
    # 深度交流,凝聚合作共識 is a section head; 2025年10月24日 in it is the only date
    "tests/data/docs/627_jiangxi_nanchang-purui-jiangzhong-erfu-yilianti.txt": ("", "2025-10-24"),
    # a leading date line ( date 2025-12-30) that runs into a byline ((觀傳媒彰化新聞)【記者陳雅芳/彰化報導】) and the
    # lead (為了讓病患能在家安心就醫,…), not a headline (as 508/556); 今(30)日 in the story agrees
    "tests/data/docs/628_taiwan_huilai-zaizhai-jixianfeng-shengen.txt": ("", "2025-12-30"),
    # a traditional page that opens with the story (高雄長庚中醫部推動「溫暖銜接:中醫長照」專案,…), no headline; 2024年 and
    # 2025 上半年 give no full date; no date
    "tests/data/docs/629_taiwan_gaoxiong-changgeng-zhongyi-changzhao.txt": ("", None),
    # a pinyin-glossed traditional page: the headline 寧夏愛爾眼科醫(yī)院攜手永寧打造眼科聯(lián)盟 持續(xù)普惠基層百姓, given in
    # simplified without the glosses (as 518), the space kept; 2024年年底 gives no day; no date
    "tests/data/docs/630_ningxia_aier-yanke-yongning-yanke-lianmeng.txt": ("宁夏爱尔眼科医院携手永宁打造眼科联盟 持续普惠基层百姓", None),
    # a traditional photo story that opens with its caption (福建省泉州市第一醫院醫生…提供指導(9月18日攝)), no headline
    # (as 553); 9月18日 has no year, 2016年以來 no day; ends with the photo credit (新華社記者 楊植森 攝); no date
    "tests/data/docs/631_ningxia_tongxin-renmin-yiyuan-duikou-zhiyuan.txt": ("", None),
    # a notice that opens with its text (按照国家发展改革委社会发展司、…), no headline, no signature or date line; the only
    # full date is the start of the publicity period (公示期为2022年5月9日—5月12日): the first day of a period is an
    # event's, not the page's (find_date's rule; as 展会于2026年3月6日至8日 and 224's objection period), unlike the story
    # dates of 513/528; no date
    "tests/data/docs/632_yunnan_zhongxiyi-xietong-qijian-yiyuan-gongshi.txt": ("", None),
    # opens with the story (记者日前从大理白族自治州卫生局获悉,…), no headline; anti-copy noise (G8 x7 S& …) glued to the
    # paragraphs; ends with the byline ((记者 黄剑锋) |); no date
    "tests/data/docs/633_yunnan_dali-dianxi-yiliao-fuwu-zhongxin.txt": ("", None),
    # a site menu and a breadcrumb (当前位置:首页>公示公告), then no headline: the info line 来源: 发布时间:2026-01-23
    # 16:49:00A+A- and the notice, signed 2026年1月23日 (2026年1月29日 is the objection deadline)
    "tests/data/docs/634_jilin_gongli-yiyuan-gaozhiliang-tisheng-xiangmu.txt": ("", "2026-01-23"),
    # a pinyin-glossed traditional hospital profile under the page's heading 醫(yī)院介紹, given in simplified without the
    # glosses (a heading, as 001's 教育医疗 and 573's); 1946年, 1948年, 1956年 and 1966年 have no day; no date
    "tests/data/docs/635_jilin_shengrenmin-yiyuan-jieshao.txt": ("医院介绍", None),
    # an e-paper story: the paper's date 2025年06月27日, then the kicker on its own line (打造数智化转型“湖北样本”
    # 建设医疗创新高地, not headline, as 539 and the slogan-kicker rule) and the headline (ASCII : kept); the three lines
    # after it (一站式健康管理中心 / 国家级诊疗惠及患者 / 数智化病理诊断中心) are photo captions; 今年6月 in the story
    "tests/data/docs/636_hubei_wuhan-zhongxin-yiyuan-shuzhihua.txt": ("武汉市中心医院:卓越领航智启健康新程", "2025-06-27"),
    # the site greeting (欢迎访问智慧医疗网 | 网站首页) and a breadcrumb (当前位置:首页 > 资讯 > 政策), then the headline and
    # 发布时间:2026-01-22 来源:湖北省卫生健康委员会; the line after the QR prompt (今天,湖北宣布…) is the lead
    "tests/data/docs/637_hubei_shengji-yiliao-lianmeng-zhihuihua.txt": ("湖北启动实施智慧化现代医疗体系建设", "2026-01-22"),
    # garbled SSI lines, a site menu and a breadcrumb (大琼网 > 海南 > 海南新闻 > 正文), then the headline with the page's
    # space kept and 来源:海南日报 2018-12-14 08:52 (the photo captions' 2018年10月28日 etc. are in the story)
    "tests/data/docs/638_hainan_jiankang-hainan-dashou-qian-xiaoshou.txt": ("“健康海南”惠民生 擘画幸福新图景", "2018-12-14"),
    # a yearbook entry: an empty 书名: field and the category lines (一级目:科教•文体•卫生… / 二级目:医疗卫生…), then the
    # entry's bracketed head run into its text (【医疗重点项目建设】2020年,…), not a headline on its own line (as the
    # 【…】 rubrics in 401/567); 2020年 and 2021年初 give no full date; no date
    "tests/data/docs/639_hainan_lingshui-dier-renmin-yiyuan.txt": ("", None),
    # the channel lines (黑龙江分社健康医疗 / 首页健康医疗), then the headline and 2025年04月28日 09:29 | 来源:中新网黑龙江
    "tests/data/docs/640_heilongjiang_shengeryuan-jixi-hengshan-yiliant.txt": ("黑龙江省第二医院与鸡西市恒山区人民医院医联体建设签约揭牌仪式成功举行", "2025-04-28"),
    # a synonym-spun spam copy in a table (| 手机版 |, a breadcrumb 目今位置:…): the headline after the 【民生筑企】 rubric
    # (not headline, as 328/401/475), its spun word (隶属 for 附属) kept as written (as 483), then 2025-05-15 and the byline
    "tests/data/docs/641_heilongjiang_mudanjiang-linye-hayida-zhongliu.txt": ("牡丹江林业中心医院与哈医大隶属肿瘤医院携手共进 开启肿瘤防治新篇章", "2025-05-15"),
    # a breadcrumb (您的位置: …院内新闻详细), then the headline and 发布时间:2023-03-10 10:05:38 (3月8日 in the story has no year)
    "tests/data/docs/642_guizhou_zunyi-yifu-dejiang-minzu-zhongyiyuan.txt": ("遵义医科大学附属医院与德江县民族中医院重症医学科和妇科结为专科联盟", "2023-03-10"),
    # a pinyin-glossed traditional page: the headline as written is 遵義醫(yī)科大學(xué)第二附屬醫(yī)院與務(wù)川縣中醫(yī)醫(yī)院簽訂
    # ??坡?lián)盟暨義診活動(dòng), given in simplified without the glosses (as 403); its garbled run ??坡?lián)盟 (专科联盟
    # with characters lost) kept as written (as 498/564); the page states no date: 2024年3月17日, the date in the story
    "tests/data/docs/643_guizhou_zunyi-erfuyuan-wuchuan-zhongyi.txt": ("遵义医科大学第二附属医院与务川县中医医院签订??坡?lián)盟暨义诊活动", "2024-03-17"),
    # a traditional page that opens with the story (12月6日,戰略支援部隊…), no year, no headline; the 編輯/關鍵詞 lines
    # and the footer (copyright © 2004-2019) give no date; no date
    "tests/data/docs/644_xizang_zhanlue-zhiyuan-suoxian-renmin.txt": ("", None),
    # opens with the story (2012年—2015年,西安市派出…), no headline; years only; the 责任编辑 line and nav links after it
    "tests/data/docs/645_xizang_xian-zhada-yuanzang.txt": ("", None),
    # no headline: the page opens with 时间: 2017-06-29 点击: 3418, then the story (6月29日上午,…) (as 588)
    "tests/data/docs/646_zhejiang_huzhou-yiyuan-daixi-fenyuan.txt": ("", "2017-06-29"),
    # site debris (加载中... / 加入收藏 / 手机版 扫一扫) and the column 浙江高校, then the headline and
    # 时间:2016年05月20日 信息来源:温州医科大学 (5月9日 in the story has no year)
    "tests/data/docs/647_zhejiang_wenyi-taizhou-fuer-yiyuan.txt": ("学校与台州市共建附属台州妇女儿童医院", "2016-05-20"),
    # opens with the story (为持续提升县级医疗服务能力,…11月30日,…), no year, no headline; no date
    "tests/data/docs/648_shaanxi_yulin-yiyuan-shenmu-yiliant.txt": ("", None),
    # a traditional hospital profile that opens with its prose (延安大學附屬醫院位于…), no headline (as 503); 歷史沿革 etc.
    # are section heads; 1950年, 1998年 … 2015年 have no day; no date
    "tests/data/docs/649_shaanxi_yanda-fuyuan-yanan-yiliao-jituan.txt": ("", None),
    # the headline, then the date line 20-06-22 08:41 (a two-digit year, 2020, as 485) before 原标题: (not the shown
    # headline) and the dateline 中国甘肃网6月22日讯 (no year); the 2017 dates under 相关新闻 are related news
    "tests/data/docs/650_gansu_chengguan-renmin-landaeryuan.txt": ("兰州城关区人民医院改扩建项目举行奠基仪式", "2020-06-22"),
    # the headline, then the story (本报兰州讯…近日,…); 1月6日 under 新闻推荐 has no year; no date
    "tests/data/docs/651_gansu_landaeryuan-zhangye-shifan-zhongxin.txt": ("甘肃省两家医院入选国家示范中心", None),
    # the headline, its kicker before —— kept whole (as 264/428); no labelled date: 2026年1月5日 in the story (the first
    # full date in it)
    "tests/data/docs/652_qinghai_hongshizi-qumalai-zutuanshi.txt": ("续帮扶薪火,暖高原医心——青海红十字医院与曲麻莱县人民医院“组团式”帮扶交接座谈会圆满召开", "2026-01-05"),
    # a breadcrumb (首页 >>新闻中心 >>综合新闻) and the column, then the headline with its label before | kept whole
    # (as 412/471); 9月27日 has no year, 2023年 no day; no labelled date: 2017年7月19日 (the founding of the
    # receiving hospital), the first full date in the story
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/653_qinghai_anding-yushu-disan-yiyuan.txt": ("同心筑玉树 安医援青行 | 北京安定医院第十一批援玉树医疗队平安凯旋", "2017-07-19"),
    # a traditional page that opens with the story (大公文匯全媒體報道,醫務衞生局局長盧寵茂…), no headline;
    # 今日(19日) has no month or year; no date
    "tests/data/docs/654_xianggang_luchongmao-zhongda-shenzhen-yixueyuan.txt": ("", None),
    # a line of game-news spam (《Disney +》 迪士尼、Marvel…), then the traditional headline 地區康健中心年內遍布全港18區,
    # given in simplified (as 473); 商業 is the column; 2017年 gives no full date, 4月16日/3月18日 in the spam no year; no date
    "tests/data/docs/655_xianggang_diqu-kangjian-zhongxin-18qu.txt": ("地区康健中心年内遍布全港18区", None),
    # a Macao dispatch: the masthead (澳 門 特 別 行 政 區 / 行政長官辦公室) and a link (葡文版本), then its title
    # 第174/2018號行政長官批示, given in simplified; signed 二零一八年七月二十日 (as 224); 二零一八年七月三十一日 in it is
    # the date it takes effect
    "tests/data/docs/656_aomen_weisheng-zhongxin-pishi.txt": ("第174/2018号行政长官批示", "2018-07-20"),
    # a bilingual page: the English headline (News Express: …), then the traditional headline 新聞快訊:澳大—澳門協和醫院
    # 聯合臨床醫學研究中心揭牌, given in simplified with its 新聞快訊: label kept whole (as 412/471 keep a label before |);
    # the headline again without the label under the photo caption; 今(9)日 has no month or year; no date
    "tests/data/docs/657_aomen_aoda-xiehe-linchuang-zhongxin.txt": ("新闻快讯:澳大—澳门协和医院联合临床医学研究中心揭牌", None),
    # a login prompt (登录湛江云媒账号), the headline, a subtitle line (建立密切合作帮扶关系 …), then the date line
    # 2021-08-02 10:04 来源:湛江日报 (8月1日 in the story has no year)
    "tests/data/docs/658_guangdong_zhanjiang-zhongshanyiyuan-hezuo.txt": ("我市与中山大学附属第一医院签订合作框架协议", "2021-08-02"),
    # opens with the story (2025年4月22日,…), the only full date; 农工党牵线搭桥,… and the like are section heads
    "tests/data/docs/659_guangdong_shengyi-shaoguan-zhongliu-lianmeng.txt": ("", "2025-04-22"),
    # a breadcrumb (网易首页 > 网易号 > 正文 申请入驻), then the headline; the page shows no date line (2026年特别关注栏目
    # 第34期 has no day); no labelled date: 1942年9月16日 (the hospital's founding), the first full date in the story
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other, as 405)
    "tests/data/docs/660_henan_zhengzhou-shiyi-yiyuan-lishi.txt": ("郑州这家医院堪称医院版黄埔军校:分出4家医院,3家都发展为三甲", "1942-09-16"),
    # the headline, then 时间:2022-02-16 13:33:05 来源: 大河网 (2月15日 in the story has no year); the copyright years
    # 2014-2020 in the footer are not a date
    "tests/data/docs/661_henan_sheng-quyu-yiliao-zhongxin-buju.txt": ("河南将在这5地市布局建设省区域医疗中心", "2022-02-16"),
    # a traditional page that opens with the story (6月3日,四川大學華西醫院…), no year, no headline; 2026年底 has no day;
    # the 國際在線 notices after it give no date; no date
    "tests/data/docs/662_sichuan_huaxi-gaoyuanbing-jidi-maoxian.txt": ("", None),
    # opens with the story (9月17日-18日,刘伦旭副院长…), no year; no date
    "tests/data/docs/663_sichuan_huaxi-batang-bangfu.txt": ("", None),
    # an e-paper (北青网 nav, 电子版首页 > 第dx02版:民生), the headline, a subtitle line (北大医院南院区选址…, not headline,
    # as 342), then the date line 2017年11月22日 星期三 社区报
    "tests/data/docs/664_beijing_daxing-liujia-sanjia-yiyuan.txt": ("6家三甲医院将入驻大兴", "2017-11-22"),
    # an app banner (新京报客户端 / 好新闻 无止境 / 立即打开), then the headline and 2025-01-27 14:19; the 相关推荐 list is
    # other stories
    "tests/data/docs/665_beijing_fangshan-xuanwu-yiyuan-yuanqu.txt": ("房山区人民政府与首都医科大学宣武医院签署战略合作框架协议", "2025-01-27"),
    # the site name (石家庄市民政局), then the headline and 发布时间:2024-01-19
    "tests/data/docs/666_hebei_shijiazhuang-fuliyuan-shengrenmin.txt": ("市民政局携手省人民医院共绘健康福利新蓝图", "2024-01-19"),
    # a spam line and a breadcrumb (首頁>尋醫(yī)·問藥>…), then the pinyin-glossed traditional headline 京冀簽署支持雄安新區(qū)
    # 醫(yī)療衛(wèi)生事業(yè)發(fā)展合作框架協(xié)議, given in simplified without the glosses (as 403); the date line
    # 2018年09月17日 10:05 (dateline 9月14日電 has no year)
    "tests/data/docs/667_hebei_xiongan-jingji-yiliao-kuangjia-xieyi.txt": ("京冀签署支持雄安新区医疗卫生事业发展合作框架协议", "2018-09-17"),
    # the headline with the page's stray space kept (上海中医药大学 附属曙光医院, as 323), then 原创 / 合肥热线 / 2025-05-15
    "tests/data/docs/668_anhui_anyida-yifuyuan-shuguang-anhui-yilianti.txt": ("安徽省内两大国家区域医疗中心强强联手 安徽医科大学第一附属医院与上海中医药大学 附属曙光医院安徽医院签订医联体战略合作协议", "2025-05-15"),
    # no display headline in the stored copy: it opens with the labelled 原标题:安徽医科大学附属宿州医院揭牌, the only title the
    # page states (taken as a labelled title field, as 577); 7月30日 has no year, 2017年7月 no day; no date
    "tests/data/docs/669_anhui_anyida-fushu-suzhou-yiyuan.txt": ("安徽医科大学附属宿州医院揭牌", None),
    # opens with the story (根据国家卫生健康委员会…), no headline; no labelled date: the first date in the story, the visits
    # on 2024年12月25日、26日 (as 306)
    "tests/data/docs/670_guangxi_guilin-zhongxiyi-guanyang-pingle.txt": ("", "2024-12-25"),
    # the headline, then the bullet byline with 发布时间:2019-04-26
    "tests/data/docs/671_guangxi_guilin-yixueyuan-lvyou-zonghe-yiyuan.txt": ("我校与桂林市人民政府签署桂林旅游综合医院运营合作协议", "2019-04-26"),
    # opens with the story (6月6日,…), no year, no headline; 2023年12月 and 2024年6月 have no day; 项目概况 is a section head;
    # no date
    "tests/data/docs/672_shanghai_shizhongyi-jiading-yuanqu.txt": ("", None),
    # a photo caption (资料图。陈超 摄), then the story; 中新网12月21日电 has no year; the footer's copyright years are not a
    # date; no date
    "tests/data/docs/673_shanghai_jiating-yisheng-111-qianyue.txt": ("", None),
    # page 44 of a document rendered page by page: the title line Page 44 - <the notice's title>, then the page mark P. 44
    # (not headline, as 300) and the text from mid-sentence; the title without the viewer's Page 44 - prefix; no date
    "tests/data/docs/674_neimenggu_hubaoewu-yiliao-ziyuan-guihua.txt": ("内蒙古自治区人民政府关于印发呼包鄂乌“十四五”一体化发展规划的通知", None),
    # the headline, then 2019-04-11 16:26来源:网络整理 阅读 : 144 次 (4月10日 in the story has no year)
    "tests/data/docs/675_neimenggu_mengyiguan-zhongyiguan-437.txt": ("内蒙古建成437个“蒙医馆”“中医馆”", "2019-04-11"),
    # a traditional page that opens with the story (津濱網訊(記者 陳寶麟)3月7日,…), no headline; 3月7日 has no year;
    # no date
    "tests/data/docs/676_tianjin_diwuzhongxin-shengtaicheng-tuoguan.txt": ("", None),
    # a link (English) and a breadcrumb (首页>>…), then the headline (专科联盟 in the text, 眼科联盟 in the headline, kept
    # as the headline writes it); 十九大/十八大 are no dates; no date
    "tests/data/docs/677_tianjin_yankeyiyuan-xiezuo-zhuanke-lianmeng.txt": ("天津市眼科医院协作医院眼科联盟倡议书", None),
    # the site menu and a breadcrumb (首页 / 新闻纵横 / 要闻聚焦, the column twice), then the headline and
    # 来源:大连医科大学附属第一医院 日期:2022-02-21
    "tests/data/docs/678_liaoning_dayi-yiyuan-zutuanshi-chaoyang-beipiao.txt": ("大医一院“组团式”对口支援朝阳、北票医疗队启程", "2022-02-21"),
    # one paragraph of story (12月7日,沈阳市第五人民医院…), no headline; 12月7日 has no year; no date
    "tests/data/docs/679_liaoning_shenyang-wuyuan-beijing-zhongliu-hezuo.txt": ("", None),
    # a spam line and a stray ?, the pinyin-glossed column 附屬醫(yī)院動(dòng)態(tài), then the pinyin-glossed traditional headline
    # 附屬上海兒童醫(yī)學(xué)中心與福建省合作共建國(guó)家區(qū)域兒童醫(yī)療中心, given in simplified without the glosses (as 403/667),
    # and the date line 2020-09-04 (8月21日 in the story has no year)
    "tests/data/docs/680_fujian_shanghai-ertong-yixue-zhongxin-fujian-ertong.txt": ("附属上海儿童医学中心与福建省合作共建国家区域儿童医疗中心", "2020-09-04"),
    # opens with the story (13日,晋江市人民政府…), no headline; 13日 has no month or year; no date
    "tests/data/docs/681_fujian_jinjiang-fudan-shangyi-dier-yiyuan.txt": ("", None),
    # opens with the story (7月11日,山东第一医科大学附属省立医院…), no headline; ends with (完) and 【纠错】 【责任编辑:张建波】;
    # 7月11日 has no year; no date
    "tests/data/docs/682_shandong_shengli-yiyuan-jiaxiang-yilianti.txt": ("", None),
    # the headline, a gallery counter (1/2), a report widget (举报 / 举报原因:), a breadcrumb (东方资讯 > 国内 频道 > 正文),
    # then the headline again; 2月21日 has no year; no date
    "tests/data/docs/683_shandong_shanyi-erfuyuan-tianbaozhen-weishengyuan.txt": ("山东第一医科大学第二附属医院与天宝镇卫生院医联体医院揭牌仪式成功举行", None),
    # a photo story's text (5月14日,“湖南中医药大学第一附属医院集团邵阳县医院”正式揭牌,…), no headline; 5月14日 has no year;
    # no date
    "tests/data/docs/684_hunan_xiangzhongyi-fuyi-shaoyangxian-yiyuan.txt": ("", None),
    # opens with the story (湖南日报10月11日讯…10月10日,…), no headline; neither has a year; no date
    "tests/data/docs/685_hunan_xiangya-eryuan-luxi-xiezuo.txt": ("", None),
    # an accessibility bar (无障碍 关怀版 返回主网站 繁体版), then the headline and 来源:区卫生健康委 日期:2025-03-11
    "tests/data/docs/686_chongqing_shapingba-weisheng-jiankang-2025.txt": ("沙坪坝部署2025年卫生健康系统工作", "2025-03-11"),
    # a pinyin-glossed traditional excerpt that opens mid-article (30 年來,天津市聚焦…), no headline; 2006 年, 2011 年8 月
    # and 2019 年12 月 have no day; no date
    "tests/data/docs/687_chongqing_wanzhou-diyi-renmin-yiyuan-tianjin-yuanjian.txt": ("", None),
    # opens with the story (9月11日上午,由河南省卫生计生委…), no headline; 9月11日 has no year, 2010年 and 2017年 no day;
    # ends mid-phrase; no date
    "tests/data/docs/688_xinjiang_henan-zutuanshi-hami.txt": ("", None),
    # a traditional page that opens with the story (2011年11月4日,衛生部與新疆…), no headline; no labelled date: the
    # first full date in the story (as 263)
    "tests/data/docs/689_xinjiang_weishengbu-gongjian-xinyida.txt": ("", "2011-11-04"),
    # a breadcrumb (网易首页 > 网易山西 > 正文), then the headline, its kicker before —— kept whole (as 264/652), then
    # 0 / 分享至; 5月16日 has no year; 打造区域医疗新标杆 … and 会议现场破难题 … are section heads; no date
    "tests/data/docs/690_shanxi_shanyidayiyuan-yingze-zhongxin-yiyuan.txt": ("政医联动聚合力 健康迎泽加速度——山西医科大学第一医院院长周芸及重点科室主任一行深入太原市迎泽区中心医院新院区", None),
    # opens with the story (黄河新闻网大同讯(记者刘晓彤)7月26日上午,…), no headline; 7月26日 has no year, 2023年6月初 no
    # day; no date
    "tests/data/docs/691_shanxi_datong-wuyuan-yunzhou-yilianti.txt": ("", None),
    # a traditional page that opens (after a blank line) with the story (黑龍江經濟網訊(林穎 …)9月15日上午,…), no
    # headline; 9月15日 has no year; no date
    "tests/data/docs/692_heilongjiang_shengyiyuan-aletai-5g-yuancheng-huizhen.txt": ("", None),
    # a periodical abstract cut mid-sentence, then its English translation; no headline; 从1987年起 has no day; no date
    "tests/data/docs/693_heilongjiang_qiqihaer-diyi-yiyuan-zhinong.txt": ("", None),
    # the column (最新动态), then the headline, a view count (3706 / 分享) and 发布时间:2020-07-08 17:37 (77日 in the story
    # has lost its digits)
    "tests/data/docs/694_jiangsu_nantongdaxue-fuyuan-jiafangcheng-fenyuan.txt": ("南通大学附属医院家纺城分院正式揭牌", "2020-07-08"),
    # nav lines (搜索, 医院动态 / NEWS, /), then the headline twice and 发布时间:2021-04-19 15:35 (4月18日 in the story has
    # no year)
    "tests/data/docs/695_jiangsu_renji-nantong-yiyuan-jiepai.txt": ("上海仁济南通医院正式揭牌", "2021-04-19"),
    # the reprint's source line (来源: 赵德荣问答网) and its date 2024-05-23 08:19:00 above the headline (the labelled
    # date of the reprint, as 281; 12月27日 in the 本报讯 story has no year); the headline keeps the page's stray space
    # (南昌大学第二附属医院 合作共建…, as 323/668)
    "tests/data/docs/696_jiangxi_shangrao-zhongxin-yiyuan-nandaerfuyuan.txt": ("上饶市人民政府与南昌大学第二附属医院 合作共建上饶市中心医院签约活动举行", "2024-05-23"),
    # table-pipe lines around the labelled date line (发布日期:2024-06-23 17:26 信息来源:未知 作者:admin), no headline in
    # the stored copy; the story opens 2024年6月21日,…: the labelled date comes before the date in the story
    "tests/data/docs/697_jiangxi_shengrenmin-poyang-dier-renmin.txt": ("", "2024-06-23"),
    # a language switcher and breadcrumb (首页 > 医联体 > 医联体动态), then the headline and 发布:党委宣传部 阅读次数:968
    # 时间:2023-06-21
    "tests/data/docs/698_hubei_shengrenmin-suixian-yilianti.txt": ("搭建省市县三级医联体网 随县人民医院签约加入湖北省人民医院医联体", "2023-06-21"),
    # a pinyin-glossed traditional page: the headline 武漢市治庸辦推動長江新城醫(yī)療水平提檔升級, given in simplified
    # without the glosses (as 403/667), then 2018-10-26 20:23:00 來源: 長江日報 (10月25日 in the story has no year)
    "tests/data/docs/699_hubei_wuhan-zhongxin-yiyuan-wuhu-weishengyuan.txt": ("武汉市治庸办推动长江新城医疗水平提档升级", "2018-10-26"),
    # a hospital directory page: the hospital's name as its heading with the grade badge (三级甲等) on the next line
    # (the badge dropped, as 573); no labelled date: 2021年3月13日 (the new campus's groundbreaking), the first full
    # date in the profile (1973年, 1993年, 2016年 have no day; 截止至2022年3月底 no day)
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other, as 660)
    "tests/data/docs/700_hainan_haiyi-yifuyuan-jieshao.txt": ("海南医学院第一附属医院", "2021-03-13"),
    # two blank lines, then the story's lead (筚路蓝缕五十八载,…), no headline; 1月27日 (a photo caption) has no year,
    # 2018年 no day; no date
    "tests/data/docs/701_hainan_sanya-zhongxin-yiyuan-wushiba-zai.txt": ("", None),
    # the headline twice (ASCII , kept), then the date line 2026年01月19日 15:54 看点资讯 (1月14日 in the story has no year)
    "tests/data/docs/702_guizhou_guida-bijie-zhishu-fushu-yiyuan.txt": ("211,拟建设直属附属医院", "2026-01-19"),
    # a pinyin-glossed traditional page that opens with a byline and the story ((記者張丹)近日,…), no headline; 2017 (in the
    # event's name) and 2016年 give no full date; no date
    "tests/data/docs/703_guizhou_yiliao-weisheng-yuanqian-zhuanjiatuan.txt": ("", None),
    # an explainer stored without its headline: it opens with the answer line “云南心血管病医院”和“昆明医科大学附属延安医院”
    # (the two other names, continued by 作为…这家机构…其名称…), not a headline; 一、别称的由来与意义 etc. are section
    # heads; 1970年 has no day; no date
    "tests/data/docs/704_yunnan_kunming-yanan-yiyuan-biecheng.txt": ("", None),
    # a pinyin-glossed traditional page that opens with the story (云南網(wǎng)訊(記者 張?chǎng)?月30日,…), no headline; the
    # month is lost and there is no year; no date
    "tests/data/docs/705_yunnan_qujing-shengyi-kunyi-hezuo.txt": ("", None),
    # the site name (大众健康之窗), the column and a breadcrumb (当前位置:首页 > 医院在线), then the headline with the
    # page's space kept and 来源:央视网 时间:2019-10-15 18:06:46 (昨天(14日) has no month or year)
    "tests/data/docs/706_xizang_xiehe-zutuanshi-yuanzang-zongjie.txt": ("“组团式”援藏医疗队 着力解决藏区百姓就医难题", "2019-10-15"),
    # site debris (tibet.cn / home), then the traditional headline 數說寶“藏”·70年巨變|5277個!農村衛生室托起西藏醫療體系
    # “地基”, given in simplified with its label before | kept whole (as 412/471); 發布時間: 2021-06-16 08:27:00 (the
    # photo captions' 2019年1月17日 and 2019年8月31日 are in the story)
    "tests/data/docs/707_xizang_nongcun-weishengshi-5277.txt": ("数说宝“藏”·70年巨变|5277个!农村卫生室托起西藏医疗体系“地基”", "2021-06-16"),
    # a nav line (導航), then the traditional headline 長者醫療券大灣區服務點八月十四日起於深圳新增三個服務點, given in
    # simplified; the English language notice and the 【香港特别行政区政府新闻公报】 tag; 今日(八月五日) has no year,
    # 二○二四年 no day; no date
    "tests/data/docs/708_xianggang_changzhe-yiliaoquan-dawanqu-fuwudian.txt": ("长者医疗券大湾区服务点八月十四日起于深圳新增三个服务点", None),
    # a leading date line ( date 2025-12-02) that runs into the lead (星島新聞集團今日（2日）…), not a headline (as 311/330);
    # 保險業界推跨境聯通服務 and 部份手術在港等候時間長 are section heads
    "tests/data/docs/709_xianggang_gangda-shenzhen-yiyuan-beishang-jiuyi.txt": ("", "2025-12-02"),
    # a leading date line ( date 2025-12-29) that runs into a photo caption (東華醫院院長張國翊（左二）…（劉慧茹攝）), not a
    # headline (as 344/345/451); 於29日 in the story agrees
    "tests/data/docs/710_taiwan_zhushan-donghua-yiyuan-shenggeng.txt": ("", "2025-12-29"),
    # a conference abstract page: the session banner (專題討論5:二代健保家庭責任醫師制度的理論與實務, shared by the session's
    # abstracts, like a column) and its English line, 程 序 表 and the number S5-1, then the abstract's own title
    # 災後重建到社區醫療群成立, given in simplified, and the speaker lines; 1999年, 2003年, 2011年底 have no day; no date
    "tests/data/docs/711_taiwan_shequ-yiliaoqun-jiating-yishi.txt": ("灾后重建到社区医疗群成立", None),
    # a site header (网站首页 | 欢迎访问…官方网站 …) and a breadcrumb (您的位置: 网站首页 医院动态 最新动态详细), then the
    # headline and 发布时间:2018/2/23 15:47:53 (2月23日 in the story has no year)
    "tests/data/docs/712_zhejiang_ruijin-zhoushan-fenyuan-kaocha.txt": ("舟山市委副书记、代市长何中伟考察上海瑞金医院舟山分院", "2018-02-23"),
    # opens with the story (2025年2月24日,浙江大学医学院附属第二医院与…), no headline; the first full date in it (2004年10月18日,
    # the health centre's opening, comes later) (as 263)
    "tests/data/docs/713_zhejiang_zheer-hangzhou-wenzhou-shanghui.txt": ("", "2025-02-24"),
    # a directory page's hospital profile that opens with its prose (汉中市中心医院(原汉中地区医院)成立于1965年,…), no
    # headline (as 649); 1965年 has no day; no date
    "tests/data/docs/714_shaanxi_hanzhong-zhongxin-yiyuan-jieshao.txt": ("", None),
    # a site menu (今日渭南 今日华州 …) and a breadcrumb (地方网 > 陕西 > … > 正文), then the headline and
    # 来源:渭南日报 2019-09-28 02:08 (as 462; 9月26日 in the story has no year); 新闻推荐 and the lists after it are other stories
    "tests/data/docs/715_shaanxi_linwei-weibei-quyu-yiliao-zhongxin.txt": ("临渭区渭北区域医疗中心正式启动", "2019-09-28"),
    # a pinyin-glossed traditional page that opens (after a blank line) with the story (3月16日,在天水賓館伏羲廳,…), no
    # headline (as 692); 3月16日 has no year; no date (2019031711… is only in the URL)
    "tests/data/docs/716_gansu_xijiaoda-yifuyuan-tianshui-zhongyiyuan.txt": ("", None),
    # opens with a summary line (摘要:10月25日至26日,兰大一院…) that the story's lead repeats, no headline; 10月25日至26日 has no
    # year; no date
    "tests/data/docs/717_gansu_landa-yiyuan-longnan-shuangxiang-zhuanzhen.txt": ("", None),
    # opens with the story (3月15日,青海省第五人民医院与…), no year, no headline; ends with the byline (唐楠); no date
    # (2018/03/27 is only in the URL)
    "tests/data/docs/718_qinghai_shengdiwu-tianjun-yilianti.txt": ("", None),
    # two conference-ad spam lines (Get千万级风投,邂逅顶级大咖! / 10大理由告诉你为什么非AIIA不可!), then a short line standing
    # alone above the story, taken as the headline (ASCII , kept); the story later reuses the phrase (…,有志而去,有为而归。);
    # 7月31日 and 7月25日 have no year; no date
    "tests/data/docs/719_qinghai_zheyi-yuanqing-haixi-zhou-renmin.txt": ("有志而去,有为而归", None),
    # a channel menu (莆田新闻|莆田政务|…) and a breadcrumb (您所在的位置:东南网 > 本网原创 > 正文), then the headline (the
    # page's ASCII space kept) and 2025-09-11 11:27 来源:东南网 (9月10日 in the story has no year)
    "tests/data/docs/720_ningxia_putian-xueyuan-fuyuan-yuanning-tongxin.txt": ("千里山海“医”线牵 莆田学院附属医院已选派70名专家对口帮扶宁夏", "2025-09-11"),
    # a pinyin-glossed traditional hospital profile that opens with its prose (銀川市第一人民醫(yī)院前身為…), no headline
    # (as 649); 1957年, 1984年 … 2020年 have no day; no date
    "tests/data/docs/721_ningxia_yinchuan-diyi-renmin-yiyuan-jieshao.txt": ("", None),
    # the traditional headline 山頂醫院紀念140周年活動, given in simplified, then the story (【本報訊】…於昨日…); the page shows
    # no date line (2014/01/07 is only in the URL); no labelled date: 1874年1月6日 (the hospital's completion), the first
    # full date in the story (2013年10月 has no day)
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other, as 660)
    "tests/data/docs/722_aomen_renbojue-yiyuan-140-zhounian.txt": ("山顶医院纪念140周年活动", "1874-01-06"),
    # a traditional fact text under the page's heading 醫療衛生, given in simplified (a heading, as 635's 医院介绍), then a
    # Chinese paragraph and its English version; 2014年 and During 2013 give no full date; no date (2015/09/30 is only in
    # the URL)
    "tests/data/docs/723_aomen_yidaiyilu-aomen-yiliao-weisheng.txt": ("医疗卫生", None),
    # a traditional page that opens with the story (3月28日,中山大學附屬第一醫院惠亞醫院…), no headline; 3月28日 has no
    # year; ends with the byline 記者曾靜妍; no date
    "tests/data/docs/724_guangdong_huiya-yiyuan-erqi-qiyong.txt": ("", None),
    # a nav line and a breadcrumb (首页 / 新闻动态 / 医院新闻), the column (医院新闻), then the headline and
    # 发布时间:2014.04.15 (411日 in the story has lost its digits)
    "tests/data/docs/725_guangdong_huizhou-weijiju-huiya-diaoyan.txt": ("惠州市卫计局局长许岸高到我院调研", "2014-04-15"),
    # opens with the story (11月19日上午,郑州大学第一附属医院…), no headline; 11月19日 has no year; no date
    "tests/data/docs/726_henan_zhengdayifu-yingxiang-zhuanke-lianmeng-luohe.txt": ("", None),
    # a traditional page that opens with the story (【中國傳媒聯盟 據 豫網 訊】(…)9月22日,…), no headline; the short lines
    # after it (…陳軍軍主持 / …李安州迎辭) are photo captions; 9月22日 has no year; no date
    "tests/data/docs/727_henan_zhengzhou-zhongliu-zhuanke-lianmeng.txt": ("", None),
    # opens with the story (12月10日上午9点,…), no headline; 12月10日 has no year; no date
    "tests/data/docs/728_sichuan_nanchong-zhongxin-wenchuan-yilianti.txt": ("", None),
    # the headline with a spam name glued on its front (bwin必赢官网登录7年建成…), kept as written (as 483/625), then
    # 发布时间:2023-08-13 (8月11日 in the story has no year)
    "tests/data/docs/729_sichuan_qiaoai-yuancheng-yiliaozhan.txt": ("bwin必赢官网登录7年建成30个侨爱远程医疗站 “三州”实现县级远程医疗站全覆盖", "2023-08-13"),
    # a hospital profile paragraph (吉林市第二人民医院始建于1958年,…) and its address, no headline; 1958年 and 1998年 have
    # no day; no date
    "tests/data/docs/730_jilin_jilinshi-dier-renmin-yiyuan-zhongliu.txt": ("", None),
    # a machine-style pinyin-glossed traditional listing: the lone line 吉林大學(xué)第一醫(yī)院 heads it (the answer's
    # subject, as the hospital-name headings of 573/700; the next sentence does not run on from it, unlike 704), given in
    # simplified without the glosses; 一、醫院綜合實力 etc. are section heads; 2025年 has no day; no date
    "tests/data/docs/731_jilin_baicheng-xiaoer-waike-jidayiyuan.txt": ("吉林大学第一医院", None),
    # the column (友谊新闻), then the headline; no labelled date: 2023年12月22日 (the second phase's opening), the first
    # full date in the story (2018年12月 has no day; as 660)
    "tests/data/docs/732_beijing_youyi-yiyuan-tongzhou-yuanqu-wuzhounian.txt": ("北京友谊医院(通州院区):五年开新局 功能再提升", "2023-12-22"),
    # the headline with its 北京: prefix, then the info line 首页 > 招商加盟 人气:29 日期:2014/5/15 21:27:16;
    # 原标题:七家医疗机构建首个中医医联体 is the original's title, not the page's headline
    "tests/data/docs/733_beijing_dongzhimen-tongzhou-zhongyi-yilianti.txt": ("北京:七家医疗机构建首个中医医联体", "2014-05-15"),
    # an image, then the story from mid-way (崔校长指出,…), no headline; ends with 供稿、摄影:宣传部; no date
    "tests/data/docs/734_hebei_heyida-eryuan-tuoguan-fuping-xianyiyuan.txt": ("", None),
    # opens with the story (本报石家庄5月18日电 …), no headline; 5月18日 and 5月15日 have no year; no date
    "tests/data/docs/735_hebei_chunyu-gongcheng-xiangzhen-weishengyuan.txt": ("", None),
    # a breadcrumb (首页 > > 正文), then the headline; 5月9日 has no year; ends with [责任编辑:任丽华]; no date
    "tests/data/docs/736_neimenggu_baoyi-yifuyuan-kundulun-yuanqu.txt": ("包医一附院医疗集团昆都仑区医院新院区启用", None),
    # the headline, its kicker before —— kept whole with the page's space (as 264/690), then 来源: 作者: 时间:2011-03-21;
    # the short lines after it are photo captions; 3月11日 in the story has no year
    "tests/data/docs/737_neimenggu_tuzuoqi-jiudi-hezuo.txt": ("情系老区 关注民生—— “九地合作”医疗合作项目在土左旗启动", "2011-03-21"),
    # the headline, then 来源:上海嘉定 日期:2020年8月21日 09:00:36
    "tests/data/docs/738_shanghai_shiyi-jiading-fenyuan-jiangqiao.txt": ("辐射嘉定南、北虹桥80万人口! 市一医院嘉定分院今天启用", "2020-08-21"),
    # the headline, then 发布时间:2023.12.25点击:421 (12月20日 in the story has no year)
    "tests/data/docs/739_shanghai_shuzhongyi-naobing-chuangxin-lianmeng.txt": ("上海中医药大学脑病创新联盟成立大会在龙华医院召开", "2023-12-25"),
    # a newspaper page: the masthead date 2021年06月28日 and 第A02版:, then the headline with the page's space kept (as
    # 342); the metadata after the story (2021-06-28 … 淮北日报 …) agrees; 6月27日 has no year
    "tests/data/docs/740_anhui_huaibei-weisheng-jiankang-zhuanweihui.txt": ("上海安徽经济文化促进会 淮北分会卫生与健康专委会成立", "2021-06-28"),
    # an encyclopedia-style traditional entry opening with its summary sentence (安徽省第二人民醫院臨淮路院區,國家級區域醫療
    # 中心。), not a headline (as 609); 基本介紹 / 建設歷程 are section heads; no publication date: 2022年2月15日, the first
    # full date (2019年3月, 2021年6月 have no day; as 610)
    # (a reader might give no date: it is a history entry)
    "tests/data/docs/741_anhui_shengerrenmin-linhuailu-yuanqu.txt": ("", "2022-02-15"),
    # a nav line, then the headline and 2021-04-01 10:13:46来源:广西新闻网…; the headline repeated between photo captions;
    # 3月31日 in the story has no year
    "tests/data/docs/742_guangxi_zizhiqu-renmin-yiyuan-dongyuan.txt": ("立足广西 面向东盟 广西人民医院东院正式开业", "2021-04-01"),
    # a spam page (首页 / a spam URL): no headline line; the info line's 作者 field holds another story's headline
    # (国家儿童医学中心配套工程在沪开工建设…, the title of 545, not this story on 湘雅二医院桂林医院), so it is not this page's
    # title; the labelled 时间:2025-05-29 16:01:08 is the reprint's own date (as 281/415/545), before the dateline
    # 中新网桂林3月28日电 (no year)
    "tests/data/docs/743_guangxi_xiangya-eryuan-guilin-yiyuan-yunxing.txt": ("", "2025-05-29"),
    # a pinyin-glossed traditional page that opens with the story (12月28日,天津大學(xué)中心醫(yī)院…), no headline;
    # 12月28日 has no year; no date
    "tests/data/docs/744_tianjin_tianda-zhongxin-yiyuan-dongli-yuanqu.txt": ("", None),
    # two lines of story (日前,天津医大代谢病医院…), no headline; no date
    "tests/data/docs/745_tianjin_daixiebing-yiyuan-ninghe-xiezuoti.txt": ("", None),
    # a traditional page that opens with the story (提起中國醫科大學附屬盛京醫院,…), no headline; 2.4億投資打造智慧醫療
    # 綜合體 etc. are section heads; 3月7日 and 3月14日 have no year (2025年 belongs to 2025年重點項目), 2023年5月 and
    # 2024年7月 no day; no date
    "tests/data/docs/746_liaoning_shengjing-yiyuan-nanhu-yuanqu-kuojian.txt": ("", None),
    # a breadcrumb (网易首页 > 网易辽宁 > 正文), then the headline and 0 / 分享至; 4月26日 has no year; the 2024-07-27 dates
    # are under 相关推荐/热点推荐 (other stories, as 002); no date
    "tests/data/docs/747_liaoning_fuxin-zhongyi-yiyuan-xinjian.txt": ("阜新市中医医院新建项目开工 提升中医药服务能级 助力健康城市建设", None),
    # opens with a byline with a stray N glued on (N海都记者 郭若冰 通讯员 林铭), then the story (海都讯 24日上午,…), no
    # headline; 24日 has no month or year; no date
    "tests/data/docs/748_fujian_fuzhou-zongyiyuan-shengsanyuan-yilianti.txt": ("", None),
    # an HTML scrap (" />), then a traditional story that opens with its dateline (中國臺灣網9月15日福州消息 日前,…), no
    # headline; 9月15日 has no year; ends with the byline ((…通訊員 文佳)); no date
    "tests/data/docs/749_fujian_yanfu-jinian-yiyuan-mintai.txt": ("", None),
    # the headline, then the story; 6月24日 has no year; ends with the byline ((宋秋辰 任文丹)); no date
    "tests/data/docs/750_shandong_yihe-xinqu-linyi-fuyou-baojianyuan.txt": ("沂河新区教体卫健局与市妇幼保健院妇幼卫生合作签约仪式举行", None),
    # the headline, then the story; 1月27日 has no year, 2023年3月 no day; no date
    "tests/data/docs/751_shandong_shanyida-yifuyuan-zhoucun-zhuanke-lianmeng.txt": ("我院与周村区人民医院专科联盟正式揭牌", None),
    # a pinyin-glossed traditional hospital profile that opens with its prose (湖南省人民醫(yī)院(…)是…), no headline
    # (as 721); 1912年 … 2023年 have no day, 同年9月 no year; no date
    "tests/data/docs/752_hunan_shengrenmin-yiyuan-jieshao.txt": ("", None),
    # a directory of several hospitals (after two blank lines), each entry its name on its own line and a profile:
    # 南华大学附属第二医院 heads only the first entry, not the page, so no headline (a reader might take it as the
    # heading, as 700's single-hospital page); 1949年, 1958年, 1898年, 2020年 have no day; no date
    "tests/data/docs/753_hunan_nanhua-fuer-changde-diyi-yiyuan-mulu.txt": ("南华大学附属第二医院", None),
    # two phone numbers and a breadcrumb (首页 >> 信息公开 >> 医院新闻), then the headline (the page's & and space kept)
    # and 时间:2021-03-18 浏览次数:4595 来源:合江县人民医院 (3月17日 in the story has no year)
    "tests/data/docs/754_chongqing_jiangjin-zhongxin-yiyuan-hejiang-zhuanke-lianmeng.txt": ("江津&合江唱好“成渝健康双城记” 共促医疗卫生新发展", "2021-03-18"),
    # the Paper's app menu (澎湃Logo / 下载客户端 / 登录 / …), then the headline after the 【医疗】 rubric (not headline, as
    # 328/401), the account (重庆发布) and 2020-04-30 04:28 before 2020年4月29日 in the story; 做强“软实力” / 也是“头等大事”
    # is a section head
    "tests/data/docs/755_chongqing_shirenmin-yiyuan-liangjiang-yuanqu.txt": ("重庆市人民医院两江院区今日全面正式开诊", "2020-04-30"),
    # table scraps (| / | / ||||||||), then a pinyin-glossed traditional story that opens with 11日,記者從…, no headline;
    # 11日 has no month, 2015年 and 2010年 no day; no date
    "tests/data/docs/756_xinjiang_yuancheng-huizhen-jiefangjun-zongyiyuan.txt": ("", None),
    # a synonym-spun traditional spam copy: a spam name glued to the dateline (新疆圖木舒克墻體廣告 南都訊 記者申鵬 …) and
    # the story broken into short lines, no headline (as 773); 去年8月21-27日 and 今年3月 have no year; the spam URL at
    # the end; no date
    "tests/data/docs/757_xinjiang_taishan-yuanjiang-tumushuke.txt": ("", None),
    # a traditional hospital profile that opens with its prose (晉中市第一人民醫院成立于1949年12月,…), no headline (as 714);
    # 1949年12月 and 截止至2020年3月 have no day; no date
    "tests/data/docs/758_shanxi_jinzhong-diyi-renmin-yiyuan-jieshao.txt": ("", None),
    # the headline, then one paragraph ending with the byline ((徐方伟、晓 心、杨金梅)); 到2025年 has no day; no date
    "tests/data/docs/759_shanxi_taiyuan-qianxian-gongcheng.txt": ("太原两家县医院入列全国“千县工程”名单", None),
    # opens with the dateline 黑龙江日报12月1日讯 and the story (11月30日,…), no headline; neither date has a year; no date
    "tests/data/docs/760_heilongjiang_shengdiyi-yiliao-jituan-chengli.txt": ("", None),
    # the headline three times, then the pinyin-glossed dateline 中新网黑龙江(hēilóngjiāng)新闻5月(yuè)29日电 (no year);
    # no date
    "tests/data/docs/761_heilongjiang_jiamusi-daxue-fuyi-longjiang-mingyi-gongzuoshi.txt": ("佳木斯大学把省级优质医疗“请”到家门口", None),
    # a spam line, the channel (南京) and a breadcrumb (首頁>地方頻道>南京>民生), then the pinyin-glossed traditional
    # headline 鼓樓醫(yī)院集團(tuán)再添新成員 阜寧縣人民醫(yī)院加盟, given in simplified without the glosses (as 403), the
    # space kept; 14日 has no month or year; no date
    "tests/data/docs/762_jiangsu_gulou-yiyuan-jituan-funing-renmin-yiyuan.txt": ("鼓楼医院集团再添新成员 阜宁县人民医院加盟", None),
    # a pinyin-glossed traditional paragraph that opens with the story (2019年9月,經(jīng)市委市政府批準(zhǔn),…), no
    # headline; 2019年9月 has no day, 當年11月30日 no year of its own (as 752's 同年9月); no date
    "tests/data/docs/763_jiangsu_xuzhou-diyi-renmin-yiyuan-yiliao-shiye-jituan.txt": ("", None),
    # a pinyin-glossed traditional page that opens with the story (10月27日上午,…), no headline; 九江學院附屬醫院、…簽訂
    # 合作協議書。 is a photo caption; 10月27日 has no year; ends with credit lines (通訊員/審稿人/責編); no date
    "tests/data/docs/764_jiangxi_jiujiang-xueyuan-fuyuan-lushan-renmin-yiyuan.txt": ("", None),
    # a spam line (betway精装 主办), then the headline as a bullet line and the info bullets with 发布时间:2024-12-05
    # (12月3日 in the story has no year)
    "tests/data/docs/765_jiangxi_nandayifuyuan-jian-jinggangshan-daxue-quyu-yiliao-zhongxin.txt": ("一附院与吉安市人民政府井冈山大学签约共建省级区域医疗中心", "2024-12-05"),
    # share prompts, 正在阅读:<headline> and a breadcrumb, then the headline and 来源:光明日报客户端2023-12-05 15:11
    # (2022年7月 has no day, 今年4月7日 no year)
    "tests/data/docs/766_hubei_xingshan-zhongnan-yiyuan-nonggongdang-bangfu.txt": ("农工党湖北省委会结对帮扶兴山县:让群众在家门口享受更好医疗服务", "2023-12-05"),
    # the headline with a spam site name after | (…激活县域医疗资源|乱人伦中文视频在线), dropped as a site-name suffix;
    # the dateline 中新网湖北钟祥11月29日电 has no year; no date
    "tests/data/docs/767_hubei_zhongxiang-renmin-yiyuan-jiankang-jieli.txt": ("“健康接力”跨越城乡 湖北钟祥激活县域医疗资源", None),
    # opens with the dateline 中新网海南新闻6月15日电 (no year) and the story, no headline; ends with (完); no date
    # (2025-06-15 is only in the URL)
    "tests/data/docs/768_hainan_haiyi-yifuyuan-tuoguan-qionghai-renmin-yiyuan.txt": ("", None),
    # the pinyin-glossed traditional headline 海南西部中心醫(yī)院濱海院區(qū)揭牌, given in simplified without the glosses
    # (as 403), then 海拔新聞 2023-10-14 11:59:49 (10月13日 in the story has no year)
    "tests/data/docs/769_hainan_xibu-zhongxin-yiyuan-binhai-yuanqu-shanghai-jiuyuan.txt": ("海南西部中心医院滨海院区揭牌", "2023-10-14"),
    # opens with the story (在春意盎然、万物复苏之际,3月20日,…), no headline; 3月20日 has no year; no date
    "tests/data/docs/770_guizhou_tongrentang-zhongyi-qianxinan-fuyou-baojianyuan.txt": ("", None),
    # opens with the story (3月17日,…), no headline; 3月17日 has no year, 2014年12月 no day; no date (2017-03/18 is only
    # in the URL under 来源链接地址:)
    "tests/data/docs/771_guizhou_guiyi-kouqiang-yiyuan-guiyang-dier-renmin-yiyuan.txt": ("", None),
    # a site menu and a breadcrumb (首页 > 要闻云南 > 正文), the headline, 发布时间:2019-12-29 09:26:20 来源:云南日报, then
    # the headline again with two subtitle lines (携手共建呼吸区域医疗中心 / 阮成发会见…签约, not headline, as 342);
    # 12月28日 in the story has no year
    "tests/data/docs/772_yunnan_shengzhengfu-zhongri-youhao-huxi-zhongxin.txt": ("省政府与中日友好医院签署合作协议", "2019-12-29"),
    # opens with a spam name glued to the dateline (c7娱乐app注册登录中新网迪庆10月9日电) and the story, no headline;
    # 10月9日 and 9日 have no year, 2007年/2023年/2024年 no day; no date
    "tests/data/docs/773_yunnan_shanghai-duikou-zhiyuan-diqing.txt": ("", None),
    # the site name (tibet.cn / home), then the pinyin-glossed traditional headline 新時代口述實(shí)錄丨“組團(tuán)”去邊疆——
    # 北京市組團(tuán)式援藏醫療工作, given in simplified without the glosses (as 403), the 丨 and the kicker before —— kept
    # whole (as 264/412); 發布時間: 2025-06-18 11:28:00 before the interview's 日期:2025年1月8日
    "tests/data/docs/774_xizang_beijing-zutuanshi-yuanzang-koushu.txt": ("新时代口述实录丨“组团”去边疆——北京市组团式援藏医疗工作", "2025-06-18"),
    # a WeChat-style opening: credit lines (作者 | 张来 / 摄影 | … / 发自西藏波密 / 编辑 | …), then the story (“出车祸了。”),
    # no headline; 2025年国庆后 and 2025年9月 have no day; no date
    "tests/data/docs/775_xizang_guangzhou-bomi-xianji-xueku.txt": ("", None),
    # the headline (kept whole as one line), then 浙江在线衢州频道 时间: 2014-11-01 08:36:21 (昨天 in the story)
    "tests/data/docs/776_zhejiang_zheyi-siyuan-yiwu-kaiye.txt": ("浙医四院义乌开业 浙医在异地建设的首家附属医院", "2014-11-01"),
    # a site menu and the column (新闻资讯 NEWS …), then the headline and 发布时间: 2025-02-14 (2月11日 in the story has no year)
    "tests/data/docs/777_zhejiang_wulin-yiyuan-hangzhou-shiyi.txt": ("武林医院与市一医院共同探索医疗改革新思路", "2025-02-14"),
    # the headline, then a byline; 4月20日 has no year; the lines after 新闻推荐 are another story; no date
    "tests/data/docs/778_shaanxi_xian-siyuan-guangren-fuchan-lianmeng.txt": ("西安市第四医院举办“广仁妇产专科联盟”成立大会", None),
    # opens with the story (为深入贯彻落实…,4月15日,…), no headline; 4月15日 has no year; no date
    "tests/data/docs/779_shaanxi_jiaoda-yifuyuan-yulin-yanchi-zhuanke-lianmeng.txt": ("", None),
    # the browser title with the site suffix (-新華網), a breadcrumb (首頁> 正文), then the traditional headline
    # 甘肅一國家區域醫療中心開診啟用, given in simplified; the date line 2026-01-19 17:15:43 before the dateline 1月18日電
    "tests/data/docs/780_gansu_zhongda-zhongliu-gansu-yiyuan-dingyuan.txt": ("甘肃一国家区域医疗中心开诊启用", "2026-01-19"),
    # a breadcrumb (首页 > 商业), then the headline with the aggregator's tag 环球消息 after a space, dropped as a site
    # suffix (as _环球实时 in 349); 发表时间:2023-06-13 21:09:01; the 2021-12-16 dates after 关键词: belong to other stories
    "tests/data/docs/781_gansu_hexi-quyu-yiliao-zhongxin-kaijian.txt": ("甘肃省河西区域医疗中心开建", "2023-06-13"),
    # a photo story that opens with its lead paragraph (受地域环境等因素影响,…), then captions, no headline; 2018年12月 has
    # no day, 4月25日 no year; no date
    "tests/data/docs/782_qinghai_qingnan-zhiyi-yushu-zhou-renmin.txt": ("", None),
    # the headline, then 新浪财经·2025-12-21 19:38
    "tests/data/docs/783_qinghai_zhongzangyi-guan-439.txt": ("我省累计建设中(藏)医馆439个", "2025-12-21"),
    # a breadcrumb (首页>政府信息公开>…>重点工作) and a government info table (发布日期 2024-04-08), then the headline
    # with the page's space kept and 发布日期:2024-04-08 again under it
    "tests/data/docs/784_ningxia_xixiaqu-beijingxilu-shequ-weisheng-fuwu-zhongxin.txt": ("看病就在家门口 北京西路社区卫生服务中心投运", "2024-04-08"),
    # the traditional headline 國家中醫藥振興發展重大工程基地項目在寧夏開工, given in simplified; 11月11日 has no year;
    # no date (2024-11-12 is only in the URL)
    "tests/data/docs/785_ningxia_zhongyi-yiyuan-yibing-fangzhi-jidi.txt": ("国家中医药振兴发展重大工程基地项目在宁夏开工", None),
    # a 香港政府新聞網 print page: the Javascript notice, the site lines, the masthead date 2006年3月18日 and the category
    # (醫療) between * separators, then the traditional headline 瑪嘉烈港大合作設癌症教研中心, given in simplified
    "tests/data/docs/786_xianggang_majialie-gangda-aizheng-jiaoyan-zhongxin.txt": ("玛嘉烈港大合作设癌症教研中心", "2006-03-18"),
    # a leading date line ( date 2025-09-10) that runs into a photo caption (香港中醫醫院9日與三間…簽署合作協議（中評社
    # 盧哲攝）), not a headline (as 344/345/710); the dateline 中評社香港9月10日電 agrees
    "tests/data/docs/787_xianggang_zhongyi-yiyuan-sandaxue-hezuo.txt": ("", "2025-09-10"),
    # a 澳門日報 e-paper item: the kicker on its own line (赴京交流國際灣區醫學教育, not headline; the main title comes
    # last in this paper's printed heading, as 497), then the traditional headline 澳代表參與中華醫學會慶典, given in
    # simplified; 本月十八日至二十日 has no month or year; no date (2025-09-22 is only in the URL)
    "tests/data/docs/788_aomen_yizong-zhonghua-yixuehui-fujing-jiaoliu.txt": ("澳代表参与中华医学会庆典", None),
    # the traditional headline 澳門青年醫生大灣區進修 二十五名額下周五起申請, given in simplified with its space kept; the
    # page states no date line (2025/12/09 is only in the URL) and 下周四(18日)/下周五(19日) have no month or year; the only
    # full date is 明年(2026年)1月26日, when the admission list is to be published: a day the story puts in the next
    # year, after the page was written, so not the page's date (a date in the story stands for the page's only when it
    # is a day the story reports, as 405/660); no date
    "tests/data/docs/789_aomen_qingnian-yisheng-dawanqu-jinxiu.txt": ("澳门青年医生大湾区进修 二十五名额下周五起申请", None),
    # a 行政院 legislative-reply text that opens with its first numbered point (一、本部為解決偏鄉地區…), no headline;
    # 民國102年, 民國89年8月 etc. give no full date; no date
    "tests/data/docs/790_taiwan_pianxiang-lidao-badacelue-nantou.txt": ("", None),
    # the traditional headline after a leading date on the same line (as 312), 偏鄉醫院衛星計畫正式啟航 北榮新竹分院邁向新里程,
    # given in simplified (計畫 as 计划) with its space kept
    "tests/data/docs/791_taiwan_beirong-xinzhu-fenyuan-weixing-jihua.txt": ("偏乡医院卫星计划正式启航 北荣新竹分院迈向新里程", "2026-01-02"),
    # opens with the story (11月18日,香港大学深圳医院华为荔枝苑社康中心…), no headline; 11月18日 has no year, 2019年12月下旬
    # no day; ends with the byline (市卫生健康委体改和基层处 王晓阳); no date
    "tests/data/docs/792_guangdong_gangda-huawei-shekang-zhongxin.txt": ("", None),
    # the site's name and slogan (潮商網~潮情系五洲·商機通四海), then the traditional headline
    # 傳承僑歷史,澄海人民醫院加掛“汕頭市華僑醫院”, given in simplified; 10月20日 has no year (2024年 names the 年會),
    # 2023年5月 no day; no date
    "tests/data/docs/793_guangdong_chenghai-renmin-yiyuan-huaqiao-yiyuan.txt": ("传承侨历史,澄海人民医院加挂“汕头市华侨医院”", None),
    # the headline, then 2025-12-21 来源:医药卫生网 - 医药卫生报 (12月20日 in the story has no year)
    "tests/data/docs/794_henan_zhongyi-yifuyuan-guangshan-zhuanke-lianmeng.txt": ("河南中医药大学第一附属医院与光山县中医院专科联盟授牌仪式暨大型义诊活动举行", "2025-12-21"),
    # a forum thread: the site greeting, 关注我们/手机版 and 统计信息 blocks and 24小时热帖, then the thread's title after its
    # [焦点话题] thread type (a category, not headline, as the rubrics of 328/401), then [复制链接] and
    # 权加赵 发表于 2024-1-3 20:31:22 (1月2日 in the post has no year)
    "tests/data/docs/795_henan_shengyi-nanyuanqu-zhongliu-yiyuan-henan-yiyuan.txt": ("郑州航空港两大项目今日同时开工!", "2024-01-03"),
    # the headline, then the date line 2016-06-08 14:54党纪办宣传科 (before 2016年5月11日 in the story)
    "tests/data/docs/796_sichuan_shengguke-yiyuan-maerkang-duikou-zhiyuan.txt": ("四川省骨科医院赴马尔康市开展巡诊义诊暨医疗协作授牌仪式", "2016-06-08"),
    # a spam line and a breadcrumb (中國(guó)西藏網(wǎng) > 教育), then the pinyin-glossed traditional headline
    # 四川首家國(guó)家級(jí)區(qū)域醫(yī)療中心在眉山市正式開(kāi)診, given in simplified without the glosses (as 416);
    # 發(fā)布時(shí)間:2022-12-20 15:52:00 (12月19日 in the story has no year)
    "tests/data/docs/797_sichuan_huaxi-eryuan-tianfu-yiyuan-meishan-kaizhen.txt": ("四川首家国家级区域医疗中心在眉山市正式开诊", "2022-12-20"),
    # no display headline: it opens with the labelled (原标题:敦化启动远程医学中心), the only title the page states (as 669),
    # repeated at the end; 14日 has no month or year; no date
    "tests/data/docs/798_jilin_dunhua-yuancheng-yixue-zhongxin.txt": ("敦化启动远程医学中心", None),
    # the headline, then 国文健康助手 2020-05-06 09:18:34 (4月15日 in the story has no year)
    "tests/data/docs/799_jilin_guowen-changchun-yiyuan-xiangmu.txt": ("长春市副市长贾丽娜视察国文(长春)医院项目现场", "2020-05-06"),
    # a site menu and a breadcrumb (您当前的位置:首页 > 市场 > …), then the headline and 时间:2019-08-27 07:02:25
    "tests/data/docs/800_beijing_yilianti-qingkuang-yilanbiao.txt": ("北京医联体情况一览表", "2019-08-27"),
    # a site header (建筑資質(zhì)代辦一體化服務(wù)平臺 and a phone number) and a breadcrumb, then the pinyin-glossed
    # traditional headline 北京:將推進(jìn)醫(yī)療機(jī)構(gòu)有序向南部西部疏解!, given in simplified without the glosses;
    # the date line 2021-09-13 01:47:01 517 眾聚企服
    "tests/data/docs/801_beijing_yiliao-sheshi-zhuanxiang-guihua-shujie.txt": ("北京:将推进医疗机构有序向南部西部疏解!", "2021-09-13"),
    # opens with the byline and the story (城市快报记者张昭 昨日,…), no headline; no date
    "tests/data/docs/802_tianjin_zhongxiyi-jiehe-zhongliu-zhiliao-lianmeng.txt": ("", None),
    # the headline, then 发布日期: 2017-08-16 (8月14日 in the story has no year)
    "tests/data/docs/803_tianjin_konggang-yufang-baojian-zhongxin.txt": ("天津空港经济区预防保健中心投入使用", "2017-08-16"),
    # opens with the story (10月25日,北京市卫生计生委…), no headline; 10月25日 has no year, 2015年底 no day; no date
    "tests/data/docs/804_hebei_chengde-zhongyiyuan-beijing-zhongyi-yiyuan.txt": ("", None),
    # the headline, then the story; 28日 has no month or year; no date
    "tests/data/docs/805_hebei_miyun-quyiyuan-luanping-xianyiyuan-duikou-zhiyuan.txt": ("密云区医院与滦平县医院签订对口支援合作协议", None),
    # a traditional page that opens with the story (為進一步提升五原縣…), no headline; no labelled date: the signing on
    # 2025年2月28日 in the story, broken over two lines (2025年2 / 月28日)
    "tests/data/docs/806_neimenggu_wuyuan-zhongmeng-yiyuan-guoyao-beifang.txt": ("", "2025-02-28"),
    # an e-paper page: the page nav (往期阅读 / 当前版: 03版 上一版 下一版 …), then the headline; 开工奠基 under it is a
    # photo caption; 12月22日 (and 今年12月22日) has no year; no labelled date: 2012年4月28日 (the hospital's opening),
    # the first full date in the story (as 653/660)
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/807_neimenggu_guoji-mengyi-yiyuan-kuojian.txt": ("内蒙古国际蒙医医院扩建项目开工奠基", "2012-04-28"),
    # a traditional page that opens with the story (國際在線遼寧頻道報道(李子平):6月16日,…), no headline; 6月16日 has
    # no year, 2017年5月 no day; no date
    "tests/data/docs/808_liaoning_kaiyuan-zhongyiyuan-liaozhongyi-yilianti.txt": ("", None),
    # a blank line, then the story (东北新闻网、北斗融媒讯(记者 袁畅泽)4月25日10时,…), no headline; the two short lines
    # (省卫生健康委…张宏邈 / …杨硕硕回答记者提问) are photo captions; 4月25日 has no year, 2025年 and 2024年底 no day; no date
    "tests/data/docs/809_liaoning_weijianwei-fabuhui-yiliao-fuwu-tixi.txt": ("", None),
    # a government info table (索 引 号 … | 发文日期: | 2021-12-09 |) whose name field (名 称:) is the only title on the
    # page (as 577's labelled title field), then the addressees and the text; 到2025年 has no day
    "tests/data/docs/810_shanghai_jiading-aiguo-weisheng-yundong-fangan.txt": ("上海市嘉定区人民政府关于深入推进爱国卫生运动的实施方案", "2021-12-09"),
    # a traditional page with spam words inserted into the story (華山歡送 / 醫院援滇醫療 / 第批隊), opening with the
    # story (4月8日上午,…), no headline; 4月8日, 3月底 and 4月4日 have no year; the 制圖:實習編輯:責任編輯: footer is empty; no date
    "tests/data/docs/811_shanghai_huashan-yuandian-tengchong.txt": ("", None),
    # an e-paper page: the 通版 nav lines, 当前版:07版 and an empty 发布日期:, then the headline (the page's ASCII space
    # kept, as 323) and 文章字数:471; 1月3日 has no year (2026年 names the 研讨会, as 290); no date
    "tests/data/docs/812_anhui_zhongshan-yiyuan-xuancheng-xiezuo-zhongxin.txt": ("复旦大学附属中山医院与 宣城市人民医院医疗技术协作中心揭牌", None),
    # the headline, then the bullet meta line • 2022-02-21 09:50:16 阜阳卫健委 (2月18日 in the story has no year)
    "tests/data/docs/813_anhui_shengli-yiyuan-fuyang-yiyuan-jiepai.txt": ("安徽省立医院阜阳医院正式揭牌", "2022-02-21"),
    # opens with the story (6 月 12 日,在桂林医科大学第一附属医院院长…), no headline; 6 月 12 日 has no year; no date
    "tests/data/docs/814_guangxi_guiyikeda-yifuyuan-liuzhou-weiai-fenzhongxin.txt": ("", None),
    # a breadcrumb (当前位置:  > 新闻中心 > 行业 > 正文), then the headline with its series label on the same line, kept
    # whole (ASCII : and space kept; as 366's kicker and headline on one line), and 2026-02-06 来源:贵港新闻网-贵港日报; the
    # series label, kicker (落实政府工作报告部署 …) and headline again on their own lines before the byline are the
    # printed heading; 1月28日 has no year
    "tests/data/docs/815_guangxi_guigang-disi-renmin-yiyuan-qiyong.txt": ("“从市井烟火看民生账本”系列报道之五:市第四人民医院正式启用 助力医疗服务提档升级", "2026-02-06"),
    # a notice whose title is broken over two lines (…秘书处关于调整 / 南安市总医院…的通知), joined; signed 2020年10月12日
    # (as 224)
    "tests/data/docs/816_fujian_nanan-zongyiyuan-pianqu-zhenliao-zhongxin.txt": ("南安市深化医药卫生体制改革领导小组秘书处关于调整南安市总医院片区诊疗中心布局的通知", "2020-10-12"),
    # a pinyin-glossed traditional page that opens with the story (高效送風(fēng)口網(wǎng)3月6日訊,…), no headline; 3月6日
    # has no year; the 資料來源/聯系人/網址 footer is the spam site's; no date
    "tests/data/docs/817_fujian_putian-yiliao-jituan-zujian.txt": ("", None),
    # a breadcrumb (您现在的位置是:西海岸新区), then a content-farm headline that is the lead's opening cut off mid-sentence,
    # with the page's inserted ? marks (青岛?新?闻?网?2019年?10月?30日?讯?(记者? 任俊?峰?)记?者?从), kept as written (as
    # 535, and 643's ?); then the date line 2019-10-31 16:41西海岸新区, the page's date before the dateline's
    # 2019年10月30日 in the story (as 281); the 简介 and Tags lines are the site's
    "tests/data/docs/818_shandong_tongji-dongfang-yiyuan-jiaozhou.txt": ("青岛?新?闻?网?2019年?10月?30日?讯?(记者? 任俊?峰?)记?者?从", "2019-10-31"),
    # a spam line (国产在线国偷精品…), not headline (as 268), then the traditional headline 青島即墨藍谷醫院2026年底投入使用,
    # given in simplified, and 2025-09-08 16:49 大眾·半島新聞閱讀 (23468) (9月8日 in the story has no year)
    "tests/data/docs/819_shandong_qilu-yiyuan-jimo-langu-yiyuan.txt": ("青岛即墨蓝谷医院2026年底投入使用", "2025-09-08"),
    # opens with the story (2025年9月22日上午,中南大学湘雅三医院…), no headline; 8月31日至9月21日 have no year;
    # the meeting date in the lead is the only date
    "tests/data/docs/820_hunan_xiangya-sanyuan-xunhui-yiliaodui-longshan.txt": ("", "2025-09-22"),
    # opens with the dateline 红网时刻新闻8月21日讯 (no year), no headline; 8月19日 has no year; ends with
    # 来源/作者/编辑 and the reprint notice; no date
    "tests/data/docs/821_hunan_daoxian-yigongti-zongyuan-jiepai.txt": ("", None),
    # opens with the story (近日,无影灯下,…), no headline; 2022年以来 and 2025年 give no day; no date
    "tests/data/docs/822_chongqing_pengshui-luyu-xiezuo-liaocheng.txt": ("", None),
    # the site name (中医中药网) and a breadcrumb ending in the headline, then the headline; 1月20日 has no year
    # (2015年, 2018年 have no day); no date
    "tests/data/docs/823_chongqing_shizhongyiyuan-yuancheng-yiliao-fenzhongxin.txt": ("重庆市中医院远程医疗区县分中心建设启动", None),
    # a pinyin-glossed traditional page: the kicker and headline on one line 2025年援疆專家走基層 | 第十一批援疆醫(yī)療
    # 專家赴伊犁巡診, kept whole (as 412/471), given in simplified without the glosses; the date line
    # 2025-05-28 23:37:48 來源: 天山網(wǎng)-新疆日報(bào)原創(chuàng) (5月26日 in the story has no year)
    "tests/data/docs/824_xinjiang_yuanjiang-zhuanjia-zoujiceng-yili.txt": ("2025年援疆专家走基层 | 第十一批援疆医疗专家赴伊犁巡诊", "2025-05-28"),
    # an e-paper story without its headline, opening with its lead (医者连心桥,晋疆一家亲。11月下旬,…), which is
    # the story's first sentence, not a headline; ends with the byline 本报记者; 11月下旬 gives no date; no date
    "tests/data/docs/825_xinjiang_jinyi-yuanjiang-diliushi-yiyuan.txt": ("", None),
    # a breadcrumb (首页 > 诊疗 > 医讯·北京), then the headline and the date line 2011-08-09 15:47:0039健康网
    # (the time run into the site name)
    "tests/data/docs/826_shanxi_shuozhou-yuancheng-yiliao-huizhen-zhongxin.txt": ("山西朔州开通首批7家远程医疗会诊中心", "2011-08-09"),
    # a pinyin-glossed traditional hospital profile that opens with its prose (山西省兒童醫(yī)院(山西省婦幼保健院)始建于
    # 1947年,…), no headline (as 649/721); 2020年, 2020年10月 have no day; no date
    "tests/data/docs/827_shanxi_sheng-ertong-yiyuan-jieshao.txt": ("", None),
    # a traditional hospital profile that opens with its prose (在美麗的松花江畔,…), no headline (as 649); 1950年8月 has no day;
    # no date
    "tests/data/docs/828_heilongjiang_jiamusi-zhongxin-yiyuan-jieshao.txt": ("", None),
    # opens with the story (7月2日,肇东市第一医院…), no headline; 7月2日 has no year; no date
    "tests/data/docs/829_heilongjiang_hayida-zhongliu-zhaodong-longjiang-yiliant.txt": ("", None),
    # a breadcrumb (您当前的位置: 首页 > 新闻中心 > 要闻动态), then the headline and 时间: 2022-05-20 11:08 (5月19日 in
    # the story has no year)
    "tests/data/docs/830_jiangsu_suzhou-weijianwei-jiating-yisheng-ri.txt": ("市卫生健康委党组书记、主任盛乐带队走访慰问家庭医生代表", "2022-05-20"),
    # a spam line and 返回 / 頂部, then the pinyin-glossed traditional headline 事關(guān)就醫(yī)!長(zhǎng)三角一體化示范區(qū)
    # 這一重點(diǎn)民生項(xiàng)目迎來(lái)新進(jìn)展, given in simplified without the glosses (ASCII ! kept); the dateline
    # 現代快報訊 4月20日 and 4月19日 have no year; no date
    "tests/data/docs/831_jiangsu_wujiang-zhongyiyuan-changsanjiao-zhongyi-yiliant.txt": ("事关就医!长三角一体化示范区这一重点民生项目迎来新进展", None),
    # a site menu, a breadcrumb (您当前所在位置: 首页>政府信息公开目录>…>工作计划), then the headline and an empty 访问量:;
    # the notice's own heading (赣州市人民政府办公厅 / 关于印发2015年全市深化医药卫生 / 体制改革下步工作要点的通知) repeats
    # it broken over lines; signed 2015917, the 年/月/日 lost (as the doc number 赣市府办字〔2015118 lost its 〕 and 号),
    # read as 2015年9月17日 (a damaged date read, as 564's ?016-09-21), the only date the page states
    "tests/data/docs/832_jiangxi_ganzhou-2015-yigai-gongzuo-yaodian.txt": ("关于印发2015年全市深化医药卫生体制改革下步工作要点的通知", "2015-09-17"),
    # the column (专科联盟) and a breadcrumb (当前位置: 首页 > 专科联盟> 联盟简介), then the text (江西省皮肤病专科联盟成立于…),
    # no headline (as 374's column); 2017年10月份 has no day; no date
    "tests/data/docs/833_jiangxi_pifubing-zhuanke-lianmeng-lishi-danwei.txt": ("", None),
    # a site menu and a breadcrumb (首页 > 医院动态 > 医院新闻), then the headline and 发布时间:2025-06-20 (before
    # 2025年6月19日 in the story)
    "tests/data/docs/834_hubei_shengfuyou-dizhi-daxue-yiyuan-yilianti.txt": ("湖北省妇幼保健院与中国地质大学医院召开医联体建设座谈会", "2025-06-20"),
    # a spam line (xxxx亚洲,…), not headline (as 268), then the traditional headline 關于省十四屆人大一次會議第20230697號
    # 建議的答復, given in simplified, and 日期:2023-08-02 10:35
    "tests/data/docs/835_hubei_xianning-guojia-quyu-yiliao-zhongxin-dafu.txt": ("关于省十四届人大一次会议第20230697号建议的答复", "2023-08-02"),
    # the doc number (琼府办〔2021〕22号), then the headline and 2021年6月 (no day); 2020年 in the story has no day; no date
    "tests/data/docs/836_hainan_shisiwu-weisheng-jiankang-guihua.txt": ("海南省“十四五”卫生健康规划", None),
    # the headline with its part after —— kept whole (as 814), then the date line 01.08.2014 01:38 (day first, as 618:
    # the story is on typhoon 威马逊 of 7月18日 and aid from 7月24日); the 2018年3月 dates are the related-news list's
    "tests/data/docs/837_hainan_sanya-renmin-yiyuan-weimaxun-yiliaodui.txt": ("送医送药送善款 心连心共建家园——记三亚市人民医院医疗志愿服务队", "2014-08-01"),
    # a breadcrumb (首页 > 地方频道 > 仁怀市 > 最新动态 > 正文), then the headline and 2020年11月06日 来源:遵义网 (11月4日 in
    # the story has no year)
    "tests/data/docs/838_guizhou_zunyi-yike-daxue-maotai-yiyuan.txt": ("校企联手 共建“遵义医科大学茅台医院”", "2020-11-06"),
    # a government info block (索 引 号: 000014349/2023-763849 — no date; 生成日期: 2021-08-02; 名  称: the title), then
    # the headline again and the reply (as 810's info table)
    "tests/data/docs/839_guizhou_weijianwei-4143-tian-dafu-jikong.txt": ("省卫生健康委关于省政协十二届四次会议第4143号提案的答复", "2021-08-02"),
    # an excerpt starting mid-story (江普生强调,…), no headline; no date
    "tests/data/docs/840_yunnan_kunming-ligong-fushu-xishuangbanna-yiyuan.txt": ("", None),
    # spam site lines (服务粉丝 / 我们一直在努力) and a breadcrumb (首页 > 情感 > 故事 >), then the headline (ASCII ! and ,
    # and the → kept) and an empty 日期:; 3月9日 has no year, 2025年底 and 2021年4月 no day; no date
    "tests/data/docs/841_yunnan_shengfuyou-baojianyuan-xinyuan-kaigong.txt": ("1100张床位!昆明又一家大型医院要来了,地点在→", None),
    # a pinyin-glossed traditional page that opens with the story (新華社拉薩8月16日電…), no headline; 8月16日 and 16日
    # have no year; no date
    "tests/data/docs/842_xizang_jiefangjun-zongyiyuan-jiankang-fupin.txt": ("", None),
    # the headline (ASCII !), then 2021-12-09 17:19:12 | 来源:新华网 | 作者:李键 (2021年4月19日 in the photo captions is later
    # in the page)
    "tests/data/docs/843_xizang_yuancheng-yiliao-wangluo-jianshe.txt": ("90%完成安装!西藏建设远程医疗网络缓解群众“看大病难”问题", "2021-12-09"),
    # opens with the story (杭州网讯 10月15日上午,…), no headline; 10月15日 has no year; the trailing | is residue; no date
    "tests/data/docs/844_zhejiang_shiyi-jituan-chongxian-fenyuan.txt": ("", None),
    # opens with the story told as a fable (从前,有两个“人”,…), no headline; 2016年1月 has no day, 4月25日 and 6月22日
    # no year; no date
    "tests/data/docs/845_zhejiang_sheng-zhongliu-yiyuan-taizhou-fenyuan.txt": ("", None),
    # a pinyin-glossed traditional page: the date line 2018-12-15 12:04:33 來源:各界導(dǎo)報—各界新聞網(wǎng), then the
    # story (各界導報—各界新聞網訊(記者 李鵬)12月15日上午,…), no headline (as 465)
    "tests/data/docs/846_shaanxi_jiaoda-yifuyuan-jianyan-zhuanke-lianmeng.txt": ("", "2018-12-15"),
    # an e-paper story without its headline, opening with 本报讯(通讯员 …)7月6日上午 (no year); no date
    "tests/data/docs/847_shaanxi_yanan-dier-yiliao-jituan-baota-fenyuan.txt": ("", None),
    # a pinyin-glossed traditional hospital profile that opens with its prose (甘肅省酒泉市人民醫(yī)院座落在…), no
    # headline (as 721); 1951年, 2017年12月 and 2018年 have no day; no date
    "tests/data/docs/848_gansu_jiuquan-renmin-yiyuan-jieshao.txt": ("", None),
    # a 网易号 post that opens with the story (奔流新闻讯(记者欧阳海杰)9月28日,…), no headline; 9月28日 has no year; the
    # 特别声明/Notice lines are the platform's; no date
    "tests/data/docs/849_gansu_lanzhou-fuyou-baojianyuan-xinyuanqu.txt": ("", None),
    # share widgets and a breadcrumb (首页> 中国式现代化之路>), then the headline and the date line 2023-03-31 07:20
    # (the dateline 中新社西宁3月30日电 has no year)
    "tests/data/docs/850_qinghai_zangyiyuan-hulianwang-zangyiyuan.txt": ("青海建立“互联网藏医院” 可为中外患者提供智慧医疗服务", "2023-03-31"),
    # a header line of app/image file names (英文藏文APP W020161009565839193236.jpg | 微信 111111111.jpg), not headline,
    # then the headline (its : kept as the page writes it) and 2025-09-19 来源:中国新闻网 (18日 in the story)
    "tests/data/docs/851_qinghai_hainanzhou-sanming-yigai-yuancheng-yiliao.txt": ("青海海南:51亿元财政投入卫生健康事业 远程医疗实现全覆盖", "2025-09-19"),
    # the headline cut short (…宁夏医科大学附属回), kept as written (as 464/818); no labelled date: 2013年9月25日 in the
    # story (the signing it reports, the only full date; 2013年7月 has no day)
    "tests/data/docs/852_ningxia_dongfang-yiyuan-huiyi-zhongyi-yiyuan.txt": ("北京中医药大学东方医院与宁夏医科大学附属回", "2013-09-25"),
    # a pinyin-glossed traditional page that opens with the story (12月4日下午,在雙怡校區(qū)…), no headline; 12月4日 has
    # no year; ends with the byline (李婷婷 文/圖); no date
    "tests/data/docs/853_ningxia_zhongdian-shiyanshi-wuzhong-zhangshi-yiyuan.txt": ("", None),
    # the traditional headline 衛生局支持橫琴粵澳深度合作區採取便利措施 鼓勵本澳15類醫療人員在深合區執業, given in
    # simplified with its space kept; 5月26日 and 8月1日 have no year; no date
    "tests/data/docs/854_aomen_weishengju-hengqin-shenhequ-zhiye.txt": ("卫生局支持横琴粤澳深度合作区采取便利措施 鼓励本澳15类医疗人员在深合区执业", None),
    # a 澳門日報 item (【本報消息】): two heading lines, the kicker 慈善會春茗肯定屬下各機構取得成績 (not headline; this
    # paper prints the main title last, as 788/497), then the traditional headline 鏡湖門急診去年服務百四萬人次, given in
    # simplified; 二月十日 has no year and 二〇二四年 no day; no date
    "tests/data/docs/855_aomen_jinghu-cishanhui-chunming-menjizhen.txt": ("镜湖门急诊去年服务百四万人次", None),
    # a leading date line ( date 2026-03-02) that runs into a photo caption (美濃居民在當地衛生所，…（高雄市衛生局提供）), not a
    # headline (as 344/345/451), then a byline (〔記者許麗娟／高雄報導〕); 3月 and 今年2月 give no full date
    "tests/data/docs/856_taiwan_qishan-yiyuan-meinong-weishengsuo.txt": ("", "2026-03-02"),
    # a leading date line ( date 2026-01-13) that runs into the lead (為深化分級醫療制度…，衛生福利部豐原醫院於今（13）日…),
    # not a headline (as 311/330/509); 今（13）日 agrees; 114年 (Minguo) has no day
    "tests/data/docs/857_taiwan_fengyuan-yiyuan-yiliaoqun.txt": ("", "2026-01-13"),
    # the headline (ASCII ! kept), then the story; 10月24日 has no year, 2021年 no day; 校地共建 / 助力医疗水平实现质的飞跃 are
    # section heads; no date
    "tests/data/docs/858_guangdong_dongguan-dongbu-pianqu-jiankang-yilianti.txt": ("医疗服务水平再升级!市东部片区新型健康医联体正式成立", None),
    # the headline (ASCII , kept), the app line (南都N视频APP · 健闻), then 原创2026-02-04 17:58 before 2026年2月3日 in the story
    "tests/data/docs/859_guangdong_jidafuyi-qingyuan-yiyuan-qingcheng.txt": ("省级优质医疗资源落地清远市清城区,暨大附一院清远医院揭牌", "2026-02-04"),
    # a 美篇-style page (<p class="ql-block">): the headline, the author line (南阳市中心医院宣传科), then the story; 11月2日
    # has no year, 1949年 no day; no date
    "tests/data/docs/860_henan_nanyang-zhongxin-yiyuan-wandong-fenyuan-tanghe.txt": ("南阳市中心医院-唐河县人民医院紧密合作签约暨南阳市中心医院宛东分院揭牌仪式成功举行", None),
    # a reprint on an unrelated site: its first line (乡和镇有什么区别(乡和镇有什么区别郑大还是乡大)) is another topic's
    # title, not this story's (as 743), then the story's headline (the page's space kept) and the byline (□大河报·…);
    # 1月24日 has no year, 2019年 and 2016年 no day; no date
    "tests/data/docs/861_henan_yuancheng-yiliao-xiangzhen-weishengyuan.txt": ("河南远程医疗今年将辐射所有乡镇卫生院 看病不出县不出乡", None),
    # opens with the story (今年5月18日,四川省卫生健康委与泸州市签订…), no headline; 今年5月18日 and 11月30日 have no year;
    # ends with the credit ((泸州市卫健委 供稿)); no date (2023/…/1201 is only in the URL)
    "tests/data/docs/862_sichuan_weishi-gongjian-luzhou-xianxingshi.txt": ("", None),
    # opens with the dateline story (四川在线泸州消息(胡高翔)10月10日,…), no headline; 10月10日 has no year; no date
    "tests/data/docs/863_sichuan_xiyike-fushu-zhongyiyuan-fangshanzhen.txt": ("", None),
    # the headline, then 更新时间:2025-04-16 07:49 来源:吉林日报·彩练新闻, the channel list (吉报头条 / 重要新闻 / …) and the
    # story; ends with the 来源 line repeated and the review credits (初审/复审/终审/编辑)
    "tests/data/docs/864_jilin_fusong-renmin-yiyuan-yigongti-songjianghe.txt": ("抚松人民医院医共体项目:提升医疗服务 持续改善民生", "2025-04-16"),
    # a hospital profile under the page's heading 医院介绍 (a heading, as 635); no date line: 1946年9月20日 (the hospital's
    # founding) is the only full date in the text (as 722); 1994年 and 2022年 have no day
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/865_jilin_yanbian-daxue-fushu-yiyuan-jieshao.txt": ("医院介绍", "1946-09-20"),
    # a press release: the label 新聞公報, then the traditional headline 食物及衞生局局長訪問四川, given in simplified, and
    # < 返回; the release is dated 2012年4月9日(星期一) 香港時間12時00分 after the story (明日(四月十日) and 四月十一日 have no
    # year, 二○○八年 no day); the trailing 2019年4月12日 is the site's page date, not the release's
    "tests/data/docs/866_xianggang_shiwei-juzhang-fangwen-sichuan-mianyang.txt": ("食物及卫生局局长访问四川", "2012-04-09"),
    # a leading date line ( date 2026-03-13) that runs into the lead (基層醫療署宣布，即日起推出「基層醫療共同治理網絡」，…),
    # not a headline (as 311/330/509); 慢病共治有逾20萬市民參與 較預期提早10個月達標 is a section head; 2023年11月 has no day
    "tests/data/docs/867_xianggang_jiceng-yiliao-gongtong-zhili-wangluo.txt": ("", "2026-03-13"),
    # a breadcrumb (您的位置:政务公开 > 基层动态), then the headline and 日期: 2020-09-14 来源:… (9月10日 in the story has
    # no year)
    "tests/data/docs/868_beijing_tiantan-fengtai-zhongxiyi-jiehe-zhuanke-yilianti.txt": ("热烈祝贺北京天坛医院-丰台区神经病学中西医结合诊疗中心揭牌仪式圆满举行", "2020-09-14"),
    # an office-rental site's logo and ad block (注册地址/挂靠地址出租…, prices, phone numbers), not headline, then the
    # notice's title with its doc number after a space (京发〔2017〕19号, not part of the title, as 836), the title again and
    # the doc number on their own lines; the page's space kept (市委 北京市人民政府); signed 2017年9月7日, the only full date
    # (as 224/816)
    "tests/data/docs/869_beijing_jiankang-beijing-2030-guihua-gangyao.txt": ("中共北京市委 北京市人民政府关于印发《“健康北京2030”规划纲要》的通知", "2017-09-07"),
    # site links one a line (/col/… paths, 繁体 / 无障碍 / 长者模式 …) and a breadcrumb spread over lines (当前位置: / 首页 / >
    # / 专题专栏 / > / 学习宣传贯彻…重要讲话精神, the column), then the headline and 发布日期: 2024-05-10 / 08:42 (5月9日 in
    # the story has no year)
    "tests/data/docs/870_tianjin_jingjinji-weisheng-jiankang-xietong-fabuhui.txt": ("推动京津冀卫生健康协同发展走深走实,促进卫生健康服务共建共享", "2024-05-10"),
    # opens with the story (3月6日下午,天津市卫生健康委…), no year, no headline; no date
    "tests/data/docs/871_tianjin_duikou-bangfu-xiongan-anxin.txt": ("", None),
    # header scraps (测试版 / | 加入收藏), a breadcrumb (首页 >>新闻中心 >>医院新闻 >> 正文) and the column (新闻中心 / 医院新闻),
    # then the headline and 发布时间:2017-08-23 (8月22日 in the story has no year)
    "tests/data/docs/872_hebei_tangshan-renmin-yiyuan-yiliao-jituan-likang.txt": ("唐山市人民医院医疗集团利康医院签约揭牌仪式隆重举行", "2017-08-23"),
    # a WeChat post on an aggregator: the post's title, then the account line (政务 2025-01-04 09:37 河北), then the printed
    # heading in the post (市政府与北京中医药大学签署战略合作协议 / 丁伟唐志书出席签约仪式… 张淑云张继旺参加), not headline
    # (as 815: the headline above the date line, the printed heading after it); 1月3日 in the story has no year
    "tests/data/docs/873_hebei_qinhuangdao-beijing-zhongyiyao-daxue-hezuo.txt": ("丁伟唐志书出席市政府与北京中医药大学战略合作协议签约仪式并举行工作座谈", "2025-01-04"),
    # a photo note ((资料图)), then the story (8月30日上午,…), no year, no headline; the lines between paragraphs are
    # photo captions; no date
    "tests/data/docs/874_neimenggu_tongyong-jishu-xinnao-xueguan-yiyuan-kaizhen.txt": ("", None),
    # the reply's title, then its doc number ((包卫发〔2006〕339号), 2006 with no day) and the addressees; 2007年 gives no
    # full date; no date
    "tests/data/docs/875_neimenggu_baotou-sumu-xiangzhen-weishengyuan-pifu.txt": ("包头市卫生局关于调整苏木乡镇卫生院设置的批复", None),
    # an excerpt starting mid-story (签约仪式上,国家卫生健康委主任马晓伟…), no headline; no date
    "tests/data/docs/876_liaoning_zhongguo-yike-daxue-guojia-quyu-yiliao-zhongxin.txt": ("", None),
    # a traditional page: the account's slogan (關心您的健康), not headline, then the headline 大連又添一家綜合性醫院,部分已開診,
    # given in simplified (ASCII comma kept), and the date line 2019年12月25日; the short lines after it are the lead
    "tests/data/docs/877_liaoning_dayi-yiyuan-zhangqianlu-yuanqu.txt": ("大连又添一家综合性医院,部分已开诊", "2019-12-25"),
    # opens with the story (对标 " 上海西南门户…" 定位,…), no headline; 八个中国医师节, 今日 and 2025 give no full date;
    # no date
    "tests/data/docs/878_shanghai_jiankang-minhang-gongtongti.txt": ("", None),
    # the Paper's app menu (澎湃Logo / 下载客户端 / 登录 / • +1), then the headline after the 【重大工程】 rubric (not headline,
    # as 755), the page's ! kept, and 2021-10-15 18:30 来源:澎湃新闻·澎湃号·政务 (10月15日 in the story)
    "tests/data/docs/879_shanghai_wuge-xincheng-wujia-shiji-yiyuan.txt": ("新增床位3000张!五家市级医院助力“五个新城”建设", "2021-10-15"),
    # the headline, then the story (3月11日,…), no year; no date
    "tests/data/docs/880_anhui_anqing-diyi-renmin-susong-zhongyiyuan-yilianti.txt": ("安医大附属安庆第一人民医院与宿松县中医院医联体暨妇产科专科联盟正式签约揭牌", None),
    # a breadcrumb (网易首页 > 网易号 > 正文 申请入驻), then the headline, the share widget (0 / 分享至) and 来源/转自
    # lines; the page shows no date line; 近日 and “十四五” give no date; no date
    "tests/data/docs/881_anhui_huangshan-shisiwu-weisheng-jiankang.txt": ("新安医学优势渐显 康养产业蓬勃向荣 “十四五”黄山卫生健康事业交出亮眼“成绩单”", None),
    # a traditional page that opens with the story (閩南網11月19日訊(…)近日,…), no headline; 11月19日 has no year; no date
    "tests/data/docs/882_fujian_zhangpu-xianyiyuan-fukang-yiyuan-yilianti.txt": ("", None),
    # opens with the story (近日,国家中医药管理局…), no headline; the footer (CopyRight ©2019 闽南网…) is the site's; no date
    "tests/data/docs/883_fujian_zhangzhou-zhongyiyao-chuancheng-shiyanqu.txt": ("", None),
    # a menu (• 我的订阅 / • 国内), then the headline with its part after —— kept whole with the page's space (as
    # 264/616), and 类别:国内 发布时间:2025-11-11 18:09:00 来源:胶东在线 (11月6日 in the story has no year); the
    # headline comes again as a photo caption
    "tests/data/docs/884_shandong_yuhuangding-laiyang-fuyou-yilianti.txt": ("百年强院携手梨乡妇幼树标杆 共筑莱阳健康守护新屏障—— 烟台毓璜顶医院与莱阳市妇幼保健院正式缔结医联体", "2025-11-11"),
    # a pinyin-glossed traditional page that opens with the story (德州新聞網(wǎng)訊(…)5月14日,…), no headline (as 817);
    # 5月14日 has no year; no date
    "tests/data/docs/885_shandong_dezhou-dier-renmin-pingyuan-fuyou.txt": ("", None),
    # a hospital's page under its heading 医院概况 (a heading, as 635's and 865's 医院介绍), a photo caption
    # (医联体各成员单位理事合影, not headline), then the story (我院…); 2013年3月, 2015年5月 etc. have no day; no date
    "tests/data/docs/886_guangxi_liuzhou-fuyou-baojianyuan-yilianti.txt": ("医院概况", None),
    # a channel line and a breadcrumb (地方网 > 广西 > 南宁市 > 今日南宁 > 正文), then the headline and 来源:南国早报
    # 2021-09-10 07:58 (9月9日 in the story has no year); 新闻推荐 and its item after the story are not the page's
    "tests/data/docs/887_guangxi_nanning-jiangnanqu-renmin-yiyuan-erqi.txt": ("南宁市江南区明年将新增一所医院 新增床位795张,惠及居民50万人", "2021-09-10"),
    # a breadcrumb (当前位置:首页 > 人文平江 > 平江影像), then the headline and 来源:县委宣传部 2019-06-18 14:22
    # (6月17日 in the story has no year)
    "tests/data/docs/888_hunan_pingjiang-changwuhui-yigongti.txt": ("黄伟雄主持召开县第十七届人民政府第26次常务会议", "2019-06-18"),
    # a breadcrumb (您现在的位置是: 主页 > 湖南 > 长株潭 > 株洲), then the headline and the author line 奔跑的小马
    # 2023-03-21 00:28:12 阅读:2506 来源:株洲日报; the 提要 line is not headline
    "tests/data/docs/889_hunan_zhuzhou-zhongxin-yiyuan-xiangya-shenhua-hezuo.txt": ("株洲市中心医院将争创省级湘赣边综合类区域医疗中心", "2023-03-21"),
    # opens with the story (校地合作再传喜讯。1月12日,…), no headline; 1月12日 has no year, 2024年6月 no day;
    # 1977年4月 in the 新闻链接 box is the hospital's founding; no date
    "tests/data/docs/890_chongqing_fuling-zhongyiyuan-chongqing-zhongyiyao-xueyuan.txt": ("", None),
    # the headline, then the date line 2021-06-18 (2021年6月17日 in the story is the meeting)
    "tests/data/docs/891_chongqing_chengyu-shuangcheng-jijiuquan.txt": ("“成渝双城急救圈”正式启动", "2021-06-18"),
    # the headline with its column label before 丨 kept whole (as 412/774), then a subtitle line (柔性帮扶 基层群众“家门口”看名医,
    # not headline) and the story; 12月1日 has no year, 今年/半年前 give no date; no date
    "tests/data/docs/892_xinjiang_aletai-diqu-renmin-yiyuan-rouxing-bangfu.txt": ("四中全会精神在基层丨新疆阿勒泰:柔性帮扶让群众“家门口”看名医", None),
    # opens with the story (总建筑面积5.3万平方米…的“和田市北京医院”8月6日在新疆和田奠基), no headline; 8月6日 has no year; no date
    "tests/data/docs/893_xinjiang_hetianshi-beijing-yiyuan-dianji.txt": ("", None),
    # a traditional page that opens with the story (臨汾新聞網訊 12月6日,…), no headline; 12月6日 has no year; ends with
    # the credits (記者 王凱 / 責任編輯:姚建); no date
    "tests/data/docs/894_shanxi_linfen-renmin-yiyuan-tuoguan-xiangfen.txt": ("", None),
    # opens with the hospital's profile prose (中国医学科学院肿瘤医院山西医院(山西省肿瘤医院)始建于1952年,…), no headline;
    # 2022年2月 has no day; no date
    "tests/data/docs/895_shanxi_shanxi-zhongliu-yiyuan-jinxiu.txt": ("", None),
    # a 摘要: line repeating the lead (as 525's [摘要]), then the story (3月10日,我市与…), no headline; 3月10日 has no year;
    # no date
    "tests/data/docs/896_heilongjiang_qitaihe-mudanjiang-yike-daxue-qianyue.txt": ("", None),
    # a breadcrumb (当前位置: 首页 > 医疗健康 > 正文) and the column (医疗健康), then the headline and 时间:2018-10-31 13:51:514
    # (the view count glued on, as 268/536) (10月26日至27日 in the story has no year)
    "tests/data/docs/897_heilongjiang_putong-waike-zhuanke-lianmeng-hayida-eryuan.txt": ("黑龙江省普通外科专科联盟在哈医大二院成立", "2018-10-31"),
    # a spam site's breadcrumb (新利平台 > 即時新聞 > 地方), then the traditional headline 中山醫院蘇北健康管理中心緣何落子鹽城大豐?,
    # given in simplified (ASCII ? kept), and 發布時間:2022-02-22 16:38:00 (2月18日 in the story has no year)
    "tests/data/docs/898_jiangsu_zhongshan-yiyuan-subei-jiankang-guanli-zhongxin.txt": ("中山医院苏北健康管理中心缘何落子盐城大丰?", "2022-02-22"),
    # a casino site's header (云顶线路检测中心-首页) and breadcrumb (…>> 集团要闻 集团要闻), then the headline and
    # 发布时间:2016/6/3 16:00:52 (the story's 201661日 is garbled)
    "tests/data/docs/899_jiangsu_lianyungang-haibin-kangfu-yiyuan.txt": ("连云港市人民政府与江苏省卫计委进一步洽商“江苏省海滨康复医院”合作共建", "2016-06-03"),
    # table debris (| lines) around 发布日期:2023-08-24 10:54 信息来源:未知 作者:admin, no headline, then the story
    # (2023年8月23日上午,…); the labelled date before the date in the story
    "tests/data/docs/900_jiangxi_shengrenmin-yiyuan-fuzhou-zixi.txt": ("", "2023-08-24"),
    "tests/data/docs/901_jiangxi_nanchang-yixueyuan-fushu-nanchangshi-renmin-yiyuan.txt": ("南昌医学院附属南昌市人民医院揭牌", "2023-02-11"),
    # a photo item that opens with its caption (10月21日,俯瞰刚竣工的湖北省妇幼保健院洪山院区。), no headline; the caption and
    # text come twice; 10月21日 has no year, (来源:湖北日报 …) gives no date; no date
    "tests/data/docs/902_hubei_shengfuyou-hongshan-yuanqu.txt": ("", None),
    # an excerpt of a plan that opens with its preamble (“十三五”时期,是我市…), no headline; 第一部分 发展的基础与环境 is a
    # section head; 2015年/2010年 and the plan years give no full date; no date
    "tests/data/docs/903_hubei_xianning-shisanwu-weisheng-guihua.txt": ("", None),
    # the headline with its label before | kept whole (as 412/471), then the story (本报讯(…)…12月12日,…); the headline comes
    # again, garbled (…妇女儿童医院】), inside the second paragraph; 12月12日 has no year, 2007年11月 no day; no date
    "tests/data/docs/904_hainan_haiyi-fushu-sanya-funv-ertong-yiyuan.txt": ("妇女儿童医院|海南医学院“联姻”三亚市妇女儿童医院", None),
    # a pinyin-glossed traditional page that opens with the story (近日,海南正式迎來(lái)了…), no headline; 共建中國醫學科學院
    # 海南醫學健康研究院 is a section head; 3月24日 has no year; no date
    "tests/data/docs/905_hainan_yixueyuan-hainan-yixue-jiankang-yanjiuyuan.txt": ("", None),
    # the headline, then the document-info table (索 引 号 / 生成日期: | 2025-04-27 / 名 称: the headline again); the labelled
    # 生成日期 before 2025年4月15日 (the signing) in the story
    "tests/data/docs/906_guizhou_huangguoshu-anshun-zhongyiyuan-bangfu.txt": ("黄果树旅游区与安顺市中医院构建紧密型中医药帮扶机制", "2025-04-27"),
    # the headline with its label before | kept whole (as 412/471) and the aggregator's tag 当前速递 after a space dropped as
    # a site suffix (as 781's 环球消息), then 来源:当代先锋网 2023-05-11 17:53:30 (5月11日 in the story has no year)
    "tests/data/docs/907_guizhou_jiankang-zhongguo-fazhan-dahui-guizhou.txt": ("健康中国发展大会|2023健康中国发展大会·贵州主题会议开幕", "2023-05-11"),
    # the headline, then the story (新华网昆明6月25日电 …24日签署…), no year; the 凤凰网 disclaimer and links after it are the
    # site's; no date
    "tests/data/docs/908_yunnan_yunnan-daxue-kunhua-yiyuan.txt": ("云南大学与云南省第一人民医院合作组建医院", None),
    # a pinyin-glossed traditional hospital profile that opens with the story (云南省第一人民醫(yī)院創(chuàng)辦于1939年4月1日,…), no
    # headline; no date line: 1939年4月1日 (the hospital's founding) is the first full date in the text (as 722/865); 1996年
    # and 2005年 have no day
    # (a reader might give no date: it is a hospital profile)
    "tests/data/docs/909_yunnan_sheng-diyi-renmin-yiyuan-jieshao.txt": ("", "1939-04-01"),
    # a pinyin-glossed traditional page that opens with the story (阿里地區(qū)位于西藏自治區(qū)西部,…), no headline; ends with
    # the credits (記者:…); 2015年 has no day; no date
    "tests/data/docs/910_xizang_ali-shaanxi-zutuanshi-yuanzang.txt": ("", None),
    # opens with the story (日前,据西藏自治区卫生厅介绍,…), no headline; “十一五” gives no date; ends with the site's
    # 咨询电话 line; no date
    "tests/data/docs/911_xizang_zangyiyuan-shiyiwu-jianshe.txt": ("", None),
    # opens with the story (据浙江发布11日消息,近日,…), no headline; 11日 has no month or year; the 点击图片查看原图 / 登录
    # lines after it are the site's; no date
    "tests/data/docs/912_zhejiang_weijianwei-gongtong-fuyu-shifanqu-xieyi.txt": ("", None),
    # a spun copy (synonym-swapped text with spam keywords: 杭州九溪玫瑰园 / 杭州豪宅吴昊 …) that opens with the story
    # (中国宁波网讯(…)今天,…), no headline; 今天 gives no date, (2013-2020年) and 到2020年 no day; no date
    "tests/data/docs/913_zhejiang_hangzhouwan-xinqu-weisheng-guihua.txt": ("", None),
    # opens with the story (为加快陕西健康医疗集团…,12月20日,…), no headline; 12月20日 has no year; no date
    "tests/data/docs/914_shaanxi_jiankang-yiliao-jituan-jiaoda-yifuyuan-xiezuo.txt": ("", None),
    # a WeChat-style 网易号 opening: the source (“榆林日报”), the day (12月26日) and the story in short lines (记者从…了解到 /
    # …), no headline; 12月26日, 12月27日 and 12月30日 have no year; ends with the credits (记者 … / 编辑 …); no date
    "tests/data/docs/915_shaanxi_yulin-zhongyiyuan-banqian.txt": ("", None),
    # a hospital's history page that opens with the story (1982年12月6日天水市政府…), no headline; the lines after it are
    # photo captions (建院时的310平方米的土木房 / 1986年全院职工合影 / …); no date line: 1982年12月6日 is the first full date
    # in the text (as 722/865)
    # (a reader might give no date: it is a history page)
    "tests/data/docs/916_gansu_tianshui-zhongyiyuan-yuanshi.txt": ("", "1982-12-06"),
    # a pinyin-glossed traditional page: the headline 天水市第一人民醫(yī)院是隴南災(zāi)區(qū)二級(jí)后備醫(yī)院, given in simplified
    # without the glosses (as 403/416), then a subtitle line (8位危重災(zāi)民在天水接受治療, not headline, as 342/538) and a
    # photo caption; 14日 and 5月12日 have no year; no date
    "tests/data/docs/917_gansu_tianshui-diyi-renmin-longnan-zaiqu.txt": ("天水市第一人民医院是陇南灾区二级后备医院", None),
    # a machine-style explainer that opens with a cut fragment (1-3家核心医院, the tail of a summary box, not a headline)
    # and its answer paragraph (2025年,青海海东地区…), as 561; (一) 核心综合医院诊疗能力 is a section head; 2025年 has no
    # day; no date
    "tests/data/docs/918_qinghai_haidong-erbihou-yiyuan.txt": ("", None),
    # a tag page holding one item on one line: the headline “浙江援青”让海西州人民生活上台阶, then its teaser (今年是…
    # 怎么办?202 cut) and the listing line 新闻 2025年02月23日 0 点赞 0 评论 18 浏览, the item's date
    "tests/data/docs/919_qinghai_zhejiang-yuanqing-haixi.txt": ("“浙江援青”让海西州人民生活上台阶", "2025-02-23"),
    # a machine-style pinyin-glossed traditional ranking: the lone line 吳忠市人民醫(yī)院、吳忠市婦幼保健院、吳忠市紅寺堡區(qū)
    # 人民醫(yī)院位列前三 heads it (the answer, as 731's hospital-name heading; the next paragraph 在吳忠地區(qū),… does not run on
    # from it, unlike 704), given in simplified without the glosses; 一、吳忠乳腺外科醫療資源分布 etc. are section heads;
    # 2025年 has no day; no date
    "tests/data/docs/920_ningxia_wuzhong-ruxian-waike-yiyuan.txt": ("吴忠市人民医院、吴忠市妇幼保健院、吴忠市红寺堡区人民医院位列前三", None),
    # a newspaper page copy without its headline: photo captions (图①:… to 图④:…), the photo and chart credits, then the
    # story (2018年3月的一场车祸,…); 待在村里就能找大专家看病 is a section head; 2018年3月, 2018年8月 and 2019年12月 have no
    # day; no date
    "tests/data/docs/921_ningxia_zhongwei-hulianwang-yiliao-yingshuiqiao.txt": ("", None),
    # the traditional headline 陳肇始晤地區康健站營運者, given in simplified, then a photo caption and the story (…今日與…);
    # 今日 gives no date; the dates in the 相关推荐 list after 来源:香港政府新聞網 (2025-07-110 …) are other items'; no date
    "tests/data/docs/922_xianggang_chenzhaoshi-diqu-kangjianzhan.txt": ("陈肇始晤地区康健站营运者", None),
    # a LINE TODAY copy: a browser warning (請更新您的瀏覽器 / …) and the column (新聞), then the traditional headline
    # 施政報告|李家超落區進行地區諮詢 到康健中心與長者整月餅, given in simplified with its label before | kept whole (as
    # 412/471), the space kept; 發布於 09月14日04:21 has no year; no date
    "tests/data/docs/923_xianggang_lijiachao-huangdaxian-kangjian-zhongxin.txt": ("施政报告|李家超落区进行地区咨询 到康健中心与长者整月饼", None),
    # a gov.mo news list: 跳過導航, the site name, the section (新聞) and 顯示模式: 網格 列表, then the first item's traditional
    # headline 仁伯爵綜合醫院關注一末期癌症患者情況並一直提供適切治療, given in simplified; the second item (衛生局舉辦…
    # 世界愛滋病日活動) is cut; no date line: 2016年11月11日 is the first full date in the story (2014年12月 has no day)
    "tests/data/docs/924_aomen_renbojue-kangning-zhongxin-songwai-zhenzhi.txt": ("仁伯爵综合医院关注一末期癌症患者情况并一直提供适切治疗", "2016-11-11"),
    # a traditional 市民日報 commentary that opens with the story (橫琴「澳門新街坊」衛生站今日正式營運,…), no headline;
    # 今日, 日前 and 3周年 give no date, 2029年 no day; no date
    "tests/data/docs/925_aomen_hengqin-aomen-xinjiefang-weishengzhan.txt": ("", None),
    # a leading date line ( date 2026-01-14) that runs into the lead (醫護人力不足長年是台東醫療體系的隱憂,…), not a
    # headline (as 311/330/857); 2020年 and 2019年 have no day
    "tests/data/docs/926_taiwan_taidong-jidujiao-yiyuan-yizhong-jihua.txt": ("", "2026-01-14"),
    # the headline after a leading date on the same line ( date 2025-12-29 花蓮醫療量能全面提升 偏鄉照護擴大推進、醫院國際評比
    # 亮眼表現 15, as 312), given in simplified with the space kept and without the trailing counter 15; then the byline
    # (CNEWS匯流新聞網記者李映萱／台北報導)
    "tests/data/docs/927_taiwan_hualian-yiliao-liangneng-ciji-ids.txt": ("花莲医疗量能全面提升 偏乡照护扩大推进、医院国际评比亮眼表现", "2025-12-29"),
    # a blank line, then the story (为提升荔湾区医疗卫生资源配置水平,…6月1日,…), no headline; 6月1日 has no year; no date
    "tests/data/docs/928_guangdong_liwan-shengrenmin-yiyuan-hezuo-gongjian.txt": ("", None),
    # a traditional page: a photo caption (佛山婦幼保健院化驗科。), then the headline 「暗戰」——佛山醫衛市場大變局之外來力量篇,
    # given in simplified (「」 and —— kept, as 102); 合作歷程 is a section head; 1992年, 2023年, 2024年, 2025年 have no day;
    # no date
    "tests/data/docs/929_guangdong_foshan-yiwei-shichang-waiyin-gaodi.txt": ("「暗战」——佛山医卫市场大变局之外来力量篇", None),
    # a blank line, then the story (洛阳四月花似锦,…4月19日,2018老城区·洛阳商会(异地)战略合作暨项目集中签约仪式…), no
    # headline; 2018 names the event (as 553's 2023年), so 4月19日 has no year; ends with 来源:宣传; no date
    "tests/data/docs/930_henan_zhengda-wufuyuan-luoyang-laochengqu-qianyue.txt": ("", None),
    # a pinyin-glossed traditional page that opens with the story (省會西部將新增一家大型綜合醫(yī)院。3月4日,…), no headline;
    # 3月4日 has no year; the 頭條 22-03-05 / 頭條 22-03-04 lines after the story are a list of other items (as 002's
    # related-news list), not the page's date; no date
    "tests/data/docs/931_henan_zhengzhou-zhongxin-yiyuan-gaoxin-yiyuan-kaigong.txt": ("", None),
    # a city nav (今日泸州 今日泸县 …) and a breadcrumb (地方网 > 四川 > 泸州市 > 今日古蔺 > 正文), then the headline (the
    # page's spaces kept) and 来源:家庭生活报 2022-03-08 00:34 (2月24日 in the story has no year)
    "tests/data/docs/932_sichuan_gulin-xinanyida-fuyuan-jinmixing-yilianti.txt": ("资源共享 优势互补 古蔺县构建紧密型医联体", "2022-03-08"),
    # the headline (ASCII !), then 2021-12-06 15:18:43来源:四川在线编辑:杨昕 (12月6日 in the story)
    "tests/data/docs/933_sichuan_huaxi-chunxi-yiyuan-shengsiyuan-guapai.txt": ("局校合作!四川大学华西春熙医院挂牌", "2021-12-06"),
    # a traditional Wikipedia mirror: the article title 延吉市醫院, given in simplified (as 610), then the infobox; 1948年,
    # 1994年9月, 2012年8月, 2014年2月 have no day; no full date, no date
    "tests/data/docs/934_jilin_yanjishi-yiyuan-weiji.txt": ("延吉市医院", None),
    # a journal database record: the article title, then 作者:/来源:中国卫生, 2023, (02): 26-27./DOI and 摘要; the issue
    # (2023, (02)) and 2022年 have no day; no date
    "tests/data/docs/935_jilin_jiankang-jilin-quanmian-zhenxing-baozhang.txt": ("为吉林全面振兴提供健康保障", None),
    # a hospital profile that opens with its prose (北京大学第三医院(简称“北医三院”)建于1958年,…), no headline (as 649);
    # 截至2022年12月 has no day; no date
    "tests/data/docs/936_beijing_beiyisanyuan-yiyuan-jianjie.txt": ("", None),
    # a Chinese story without a headline (近日,北京市朝阳区宣布…), then its English version with labelled lines (Title:
    # Beijing Chaoyang improves … / Keywords: / News content:); the English Title: belongs to the translation, not a
    # headline of the page, so no headline (as 693); 2024/01-11 is only in the 【来源】 URL; no date
    "tests/data/docs/937_beijing_chaoyangqu-chengshi-yiliao-jituan.txt": ("", None),
    # a blank line, then the notice's title broken over two lines (…关于印发天津市 / 进一步完善…的通知), joined (as 816);
    # signed 2025年2月3日 (as 224); the document title after it (天津市进一步完善医疗卫生 / 服务体系的实施方案) is not the
    # headline (as 323); 到2025年底 has no day
    "tests/data/docs/938_tianjin_wanshan-yiliao-weisheng-fuwu-tixi-shishi-fangan.txt": ("天津市人民政府办公厅关于印发天津市进一步完善医疗卫生服务体系实施方案的通知", "2025-02-03"),
    # an investment site's menu (天津滨海新区产业园区 / 招商政策 / … / 写字楼租赁), then the headline, the category (政策) and the
    # labelled 发布时间:2020年10月21日 before the signature date 2020年10月19日 (as 611)
    "tests/data/docs/939_tianjin_binhai-xinqu-jiankang-tianjin-xingdong.txt": ("天津市滨海新区人民政府关于印发滨海新区落实健康天津行动实施方案的通知", "2020-10-21"),
    # a pinyin-glossed traditional page that opens with the story (為落實邯鄲市委、市政府部署要求,…11月23日上午,…), no
    # headline; 11月23日 has no year; ends mid-word (及時協(xié)調(diào)解); no date
    "tests/data/docs/940_hebei_handan-diyi-yiyuan-yongnian-yiyuan.txt": ("", None),
    # a spam keyword (1xbet体育1xbet体育) glued to the dateline 央广网保定7月15日消息 (no year), then the story, no headline
    # (as 281's spam line); 7月14日 has no year; the lead repeated at the end; no date
    "tests/data/docs/941_hebei_gaobeidian-qinghua-changgeng-hezuo.txt": ("", None),
    # a pinyin-glossed traditional page: the headline 烏海市海南區(qū)蒙中醫(yī)院奠基儀式在烏海市第三人民醫(yī)院舉行, given in
    # simplified without the glosses, then the date line 2019年12月23日 00:00 經(jīng)濟管理系 點擊:[] (a column label), the
    # headline and 2019年12月23日 again (12月18日 in the story has no year)
    "tests/data/docs/942_neimenggu_wuhai-hainanqu-mengzhongyiyuan-dianji.txt": ("乌海市海南区蒙中医院奠基仪式在乌海市第三人民医院举行", "2019-12-23"),
    # a paywalled model-text site: the banner (公文高手,…立即了解), then the headline; the (未完,全文共2499字…) and 温馨提示
    # lines are the site's; the page states no date
    "tests/data/docs/943_neimenggu_keyouzhongqi-mengyiyuan-fazhan.txt": ("中蒙医医院发展机遇与挑战", None),
    # a hospital-directory page: the hospital's name as its heading with the badge (公立三甲综合医院) on the next line (the
    # badge dropped, as 573/700), then 医院介绍 查看全部 (a section head); 1958年, 1969年, 1987年, 1991年 have no day; no date
    "tests/data/docs/944_liaoning_dalian-yike-daxue-fushu-dier-yiyuan.txt": ("大连医科大学附属第二医院", None),
    # the headline, then the story (10月27日,…), no year; no date (2014-10/28 is only in the URL)
    "tests/data/docs/945_liaoning_xianji-gongli-yiyuan-zonghe-gaige.txt": ("辽宁省召开推进县级公立医院综合改革电视电话会议", None),
    # opens with the story (在近日公布的2009年度上海市…表彰决定中,我院…), no headline; signed (新 宣); 2009年度 and 去年
    # give no full date; no date
    "tests/data/docs/946_shanghai_xinhua-yiyuan-haidao-songyi-chongming.txt": ("", None),
    # the notice's headline, then a metadata block: 8/21/2021 (month/day/year), the issuer twice, the view count (627) and
    # 8/21/2021 12:00:00 AM; read as 2021-08-21
    "tests/data/docs/947_shanghai_gongneng-shequ-weisheng-fuwu-shidian.txt": ("关于印发上海市“功能社区”社区卫生服务试点单位名单的通知", "2021-08-21"),
    # a site nav (手机版 | 登陆 | …), two QQ/WeChat ads and a breadcrumb (当前位置: 网站首页 > 各地发讯 > 安徽 > 文章), then
    # the headline and 时间:2021-07-08 点击:20 次 来源:不详 作者:佚名; 上一篇/下一篇 are other stories
    "tests/data/docs/948_anhui_wushi-chengshi-yilianti-shidian.txt": ("安徽省5市入选全国城市医联体建设试点城市", "2021-07-08"),
    # no headline: an info line (作者:张冰 发布时间:2025-01-20 浏览:76次 一审:… 二审:… 三审:…), then the story (1月18日上午,…,
    # no year) (as 575); ends with the hospital's name as signature; the labelled 发布时间 is the date
    "tests/data/docs/949_anhui_anqing-shili-yiyuan-feiai-zhuanke-lianmeng.txt": ("", "2025-01-20"),
    # the headline, then 来源:本网 发布时间: 2019-01-03 11:18 and the font-size/print toolbar; 1230上午 in the story (12月30日,
    # digits run together) has no year
    "tests/data/docs/950_fujian_fuding-weisheng-jiankangju-guapai.txt": ("福鼎市卫生健康局正式挂牌成立", "2019-01-03"),
    # a stray line (11) and a breadcrumb (您所在的位置: 东南网 > 福建卫生健康新闻网> … > 正文), then the headline and the source
    # line usa.fjsen.com 2019-05-31 09:46:22 刘玮 来源:东南网; the headline repeated as a photo caption; the dateline
    # 东南网5月29日讯 and 5月29日 have no year
    "tests/data/docs/951_fujian_xiangan-yiyuan-tingzhou-yiyuan-bangfu.txt": ("厦大附属翔安医院与福建省汀州医院签订对口帮扶协议", "2019-05-31"),
    # a photo caption (签约仪式现场), not a headline (as 607), then the story (9月30日上午,…), no year; 新闻推荐 and its
    # item (2019年冬季…, 10月9日) after the story are not the page's; no date
    "tests/data/docs/952_shandong_jinan-zhongxin-dianli-zhongxin-yilianti.txt": ("", None),
    # opens with the story (12月25日下午,山东第一医科大学第三附属医签约仪式…), no year, no headline; no date
    "tests/data/docs/953_shandong_shanyida-disan-fushu-jinan-disi-renmin.txt": ("", None),
    # a hospital profile under the page's heading 医院概况 (a heading, as 635/886); 1950年3月, 2015年10月, 2017年11月
    # have no day; no date
    "tests/data/docs/954_hunan_huyi-fuyi-yiyuan-gaikuang.txt": ("医院概况", None),
    # a machine-style explainer opening with the section label 引言 (引言:湘潭医疗体系的整体架构, not a headline, as 600);
    # 三甲医院:… is a section head; 2023年 and 2022年 have no day; no date
    "tests/data/docs/955_hunan_xiangtan-yiliao-ziyuan-quanjing.txt": ("", None),
    # a welcome line, site menu and the site name (健康调查网), then the headline and 发布时间:2021-06-02 (5月28日 in the
    # story has no year)
    "tests/data/docs/956_guangxi_nanning-diyi-renmin-changtang-fenyuan.txt": ("南宁一医院:长塘分院揭牌 医疗集团再添新成员", "2021-06-02"),
    # a line of other stories' links (·邕城餐企集体大促…), then the headline, the page's space kept, and 发布时间:
    # 2014-12-23 16:18:22; the printed heading after it (《广西健康与养老服务工程项目库》发布 / 多个医疗卫生项目南宁“上马”)
    # is not headline (as 815/873)
    "tests/data/docs/957_guangxi_nanning-jiankang-yanglao-xiangmuku.txt": ("多个医疗卫生项目落户南宁 南宁经开区将建三甲医院", "2014-12-23"),
    # a breadcrumb (您当前的位置: 首页>政务公开>…> 应急管理), then the notice's title with the page's space (as 869) and
    # (2023-2027年) as written; signed 2023年8月4日, the only full date (as 224/869)
    "tests/data/docs/958_chongqing_tufa-shijian-jinji-yixue-jiuyuan-guihua.txt": ("重庆市卫生健康委员会 重庆市中医管理局关于印发《重庆市突发事件紧急医学救援规划(2023-2027年)》的通知", "2023-08-04"),
    # the site name and a breadcrumb (人民网>>重庆频道>>区县>>动态), then the headline and 2025年03月18日16:07 |
    "tests/data/docs/959_chongqing_jiulongpo-fuyou-jiulong-xincheng-fenyuan.txt": ("九龙坡区妇幼保健院(妇女儿童医院)九龙新城分院揭牌开诊", "2025-03-18"),
    # a breadcrumb (当前位置: 首页 / 机构概况 / …), then the headline with its programme label before 丨 kept whole (as
    # 412/774) and 2026年02月04日 11时39分 (2月2日 in the story has no year)
    "tests/data/docs/960_xinjiang_jinmixing-xianyu-yigongti-quanfugai.txt": ("新疆新闻联播丨新疆今年将实现紧密型县域医共体全覆盖", "2026-02-04"),
    # a machine-style pinyin-glossed traditional text: the lone line 3家醫(yī)院入選國家區(qū)域醫(yī)療中心建設(shè)單位 heads it (the
    # next sentence does not run on from it, as 731), given in simplified without the glosses; (一)…實力與技術創新 and the
    # hospital names are section heads; 2025年 has no day; no date
    "tests/data/docs/961_xinjiang_xinyida-yifuyuan-zizhiqu-renmin-wulumuqi.txt": ("3家医院入选国家区域医疗中心建设单位", None),
    # a traditional page: the site name (睇中醫香港中醫網首頁), then the headline 北大嶼山醫院分段投入服務, given in
    # simplified, and the date line 2013年09月22日 (the headline again under it; 今天(9月22日) has no year)
    "tests/data/docs/962_xianggang_beidayushan-yiyuan-toru-fuwu.txt": ("北大屿山医院分段投入服务", "2013-09-22"),
    # a traditional press release: Skip to main content and the label 新聞稿, the date line 137月 2022 (13 7月 2022, the
    # day glued to the month), then the headline 希愈醫療(新風天域集團) 與香港中文大學醫院 簽訂合作備忘錄 藉協同雙方優勢
    # 為全港…, given in simplified with the page's spaces and ASCII ( ) kept, 藉 (by means of) as 借; the story's
    # 2022年07月13日(星期三) agrees
    "tests/data/docs/963_xianggang_xiyu-yiliao-zhongda-yiyuan-beiwanglu.txt": ("希愈医疗(新风天域集团) 与香港中文大学医院 签订合作备忘录 借协同双方优势 为全港以至大湾区市民提供更全面的服务", "2022-07-13"),
    # the headline, then 发布时间:2022-09-20 11:31 (9月16日 in the story has no year); the 发布日期 2022-09-21 20:20 line
    # at the foot, after the 上一篇/下一篇 links, is the site's and comes after the labelled date under the headline
    "tests/data/docs/964_shanxi_changzhi-heping-yiyuan-beijing-duikou-hezuo.txt": ("北京长治对口合作调研组赴长治医学院附属和平医院调研", "2022-09-20"),
    # opens with the story (12月6日,山西省长治市长子县…), no headline; 12月6日 and 今年9月 have no year, 2021年 no day; no date
    "tests/data/docs/965_shanxi_changzi-xian-heping-yiyuan-hezuo-jianyuan.txt": ("", None),
    # a hospital site's header (欢迎来到鹤岗鹤矿医院官方网站! / 定点医院 / 咨询电话 / 地址 …) and a breadcrumb (您所在的位置:首页-医院
    # 新闻), then the headline, its kicker before —— kept whole with the space (as 264/652/690), and 编辑日期:2022-05-12
    # 13:31:00 (the story's 511日上午958分 is garbled)
    "tests/data/docs/966_heilongjiang_hegang-hekuang-zhongliu-yiyuan-xinyuanqu.txt": ("砥砺新征程 聚力再出发——中元医药鹤矿肿瘤医院喜迁新院区剪彩仪式隆重举行", "2022-05-12"),
    # a machine-style pinyin-glossed traditional ranking text opening with its summary sentence (?2025年大興安嶺地區(qū)居民
    # 就診首選醫(yī)療機構(gòu)為…。?), not a headline (as 561/601/609); 一、區(qū)域醫(yī)療中心的核心競爭力 and the hospital names are
    # section heads; 2025年 has no day; no date
    "tests/data/docs/967_heilongjiang_daxinganling-jiagedaqi-mohe-tahe-yiyuan.txt": ("", None),
    # a photo note ((资料图), as 874), then the story (8月12日下午,…), no year, no headline; no date
    "tests/data/docs/968_jiangsu_yancheng-shanghai-liuyuan-yilianti.txt": ("", None),
    # opens with the story (12月30日下午,扬州市中医院…), no year, no headline; the 高邮市中医院 / | lines after it are the
    # site's; no date
    "tests/data/docs/969_jiangsu_yangzhou-zhongyiyuan-gaoyou-yilianti.txt": ("", None),
    # the site tools (关怀版 无障碍) and a breadcrumb (您当前所在位置: 首页>…>政务动态), then the headline and 访问量: 下载文件;
    # 4月24日 has no year, 今天 gives no date; ends with 源:赣县区融媒体中心; no date
    "tests/data/docs/970_jiangxi_ganzhou-renmin-yiyuan-ganxian-chengyuan-guapai.txt": ("赣州市人民医院医疗集团赣县成员单位正式挂牌", None),
    # the headline with its label before | kept whole (as 412/471/653), then 阅读: and the story (1月31日下午,…), no year;
    # the footer's Copyright © 2017 is not a date; no date
    "tests/data/docs/971_jiangxi_jiujiang-shiyi-yiyuan-hukou-yilianti.txt": ("医联赋能,共护健康|市一医院与湖口县人民医院医联体签约并授牌", None),
    # a hospital profile that opens with the hospital's address (湖北省十堰市人民南路32号(地图位置)), not a headline, and its
    # prose (十堰市太和医院(原郧阳地区人民医院),建立于1965年,…), no headline (as 714/730); 1965年 and 1995年 have no day,
    # 2019年度 none; no date
    "tests/data/docs/972_hubei_shiyan-taihe-yiyuan-jieshao.txt": ("", None),
    # the site header (…州中心医院│武汉大学恩施临床学院 祝您健康! / 设为首页 …), a breadcrumb (当前: 首页 > 专题 > 院际交流 >
    # 正文) and a row of topic links (百廿恩医·再创辉煌 …), then the headline and the info list (• 2017-04-25 • 恩施州中心医院 •
    # 字体); 4月21日 in the story has no year
    "tests/data/docs/973_hubei_enshi-wulingshan-yiliao-jituan-lichuan.txt": ("武陵山医疗集团医疗联合体再添两成员", "2017-04-25"),
    # the headline (twice, then again as a photo's alt text), then a caption and the dateline 南海网…儋州4月21日消息 (no
    # year; 4月20日 has none); no labelled date: 2018年1月12日 (the medical alliance's signing), the first full date in
    # the story (as 653/807)
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/974_hainan_xibu-zhongxin-yiyuan-nada-mutang-yilianti.txt": ("海南西部中心医院与儋州两家卫生院组成紧密型医联体", "2018-01-12"),
    # a pinyin-glossed traditional page: the headline 海南醫(yī)院5月起舉行“醫(yī)心為民 情暖瓊州”兩市三縣義診活動(dòng), given in
    # simplified without the glosses (as 917), the space kept; then the story (商報(bào)全媒體訊(…)…4月23日,…); 4月23日 has no
    # year; no date
    "tests/data/docs/975_hainan_jiefangjun-zongyiyuan-hainan-yiyuan-yizhen.txt": ("海南医院5月起举行“医心为民 情暖琼州”两市三县义诊活动", None),
    # opens with the story (日前从省政府新闻办召开的新闻发布会上获悉,…), no headline; 2017年, 2019年, 2022年, 2023年 have no
    # day; the dates in the 相关链接 list after the story (【2026-03-20】 …) are other items'; no date
    "tests/data/docs/976_guizhou_yigongti-cizhongxin-xinwen-fabuhui.txt": ("", None),
    # a pinyin-glossed traditional page that opens with the story (惠州日報訊 (記者…)為深入貫徹落實(shí)…), no headline; the
    # line after the lead (惠州市第一人民醫(yī)院第一批援黔醫(yī)療隊(duì)赴黔西南州歡送儀式舉行,,!) is a subhead/caption inside the
    # story, not the page's headline; 9月10日 has no year, 2021年度 no day; no date
    "tests/data/docs/977_guizhou_huizhou-yuanqian-yiliaodui-qianxinan.txt": ("", None),
    # opens with the story (昆明信息港 记者周硕 近日,…), no headline; no date
    "tests/data/docs/978_yunnan_kunming-weijianwei-beijing-chaoyang-yiyuan.txt": ("", None),
    # site lines (邮箱 / 云南网邮箱 云报邮箱 / 要闻) and a breadcrumb (您当前的位置:云南网 >> 红河频道 >> 要闻 >> 正文), then the
    # headline (its ASCII : and space kept) and 发布时间:2025年11月07日 16:20:41; 资源扩容建高地 区域医疗显实力 is a section head
    "tests/data/docs/979_yunnan_honghe-123-yiwei-tixi-shisiwu.txt": ("红河州:构建“123”医卫体系 交出“十四五”卫健事业亮眼答卷", "2025-11-07"),
    # a 文汇 story stored from mid-article (截至去年底,…), no headline; ends with the credits (作者/编辑/责任编辑) and
    # *文汇独家稿件…; 去年底 gives no date, 2015年 no day; no date
    "tests/data/docs/980_xizang_rikaze-renmin-yiyuan-shanghai-zutuanshi.txt": ("", None),
    # opens with the story (根据中组部和广东省…), no headline; 陈春声书记一行与…座谈 is a photo caption; 5月30日 has no year;
    # no date
    "tests/data/docs/981_xizang_zhongshan-daxue-linzhi-renmin-yiyuan.txt": ("", None),
    # a traditional government-information page copied with the story first (2月21日下午,…, no year), then the info table
    # (成文時間 | 2024-02-23), 政府信息公開 / 索引號 / … / 發布日期 2024-02-23, then the title line 區領導走訪省級醫院 and
    # 瀏覽次數: (the site's title-and-view-count block, stored after the story); the only title on the page (as 810),
    # given in simplified; the labelled 發布日期 (= 成文時間) is the date
    # (a reader might give no headline: the line comes after the story)
    "tests/data/docs/982_zhejiang_binjiang-zheer-binjiang-yuanqu-ertong-yiyuan.txt": ("区领导走访省级医院", "2024-02-23"),
    # a journal database abstract (摘要 / <正>自2009年起,…), no article title on the page; ends with • 单位 / 宁波市北仑区人民
    # 医院; 2009年 and 2019年年初 have no day; no date
    "tests/data/docs/983_zhejiang_beilun-renmin-yiyuan-jiankang-fuwu-jituan.txt": ("", None),
    # a self-media post whose headline is the lead's opening cut off mid-phrase (…签约揭牌仪式在高新), kept as written with
    # its ASCII ! and , (as 818/852); then the author line 帆歌笑 2025-12-14 20:54:28; 日前 gives no date
    "tests/data/docs/984_shaanxi_xian-zhongyiyuan-zhangba-weixing-yiyuan.txt": ("快讯!日前,西安市中医医院与高新区丈八社区卫生服务中心卫星医院签约揭牌仪式在高新", "2025-12-14"),
    # the column (齐鲁要闻) and a breadcrumb (您现在的位置:首页 > 齐鲁要闻), then the headline and 时间:2018-03-13 09:38:25
    # 浏览量:; the headline repeated after the lead is a photo caption; 单位排行 after the story is the site's
    "tests/data/docs/985_shaanxi_qilu-yiyuan-qingjian-duikou-zhiyuan.txt": ("我院第四批专家赴清涧县开展对口支援", "2018-03-13"),
    # a blank line, then a pinyin-glossed traditional story (新武山訊(作者 …)為深入開展…,7月19日,…), no headline; 7月19日 has
    # no year; ends with (新聞來源:武山縣融媒體中心 …) |; no date
    "tests/data/docs/986_gansu_wushan-fuyou-xiangrikui-qinzi-xiaowu.txt": ("", None),
    # the first line is a full headline (as 429), then WeChat-style poem lines (陇南,秦巴山区,白龙江畔 / 青岛,黄海之滨,… /
    # … / 健康扶贫新画卷正徐徐展开) and the story (6月19日, / “天使之旅”…); 6月19日 and 6月26日 have no year, 2006年 no day;
    # no date
    # (a reader might give no headline, taking the first line as the opening of the poem, as 303)
    "tests/data/docs/987_gansu_qingdao-fuwai-longnan-tianshi-zhilv.txt": ("青岛与陇南心连心同筑健康梦", None),
    # a breadcrumb (您的位置: … / 青海要闻), then the headline and 发布时间:2025-06-05 07:23 (6月4日 in the story has no year)
    "tests/data/docs/988_qinghai_tianshi-zhilv-xianxinbing-shaicha.txt": ("“天使之旅”2025青海先心病患儿筛查救助行动启动", "2025-06-05"),
    # a pinyin-glossed traditional answer-style text that opens with its lead sentence (?2025年青海海西州共有3家…), then a
    # numbered list of hospitals; no headline; 2025年 has no day; no date
    "tests/data/docs/989_qinghai_haixi-xiaoer-waike-geermu-fuyou.txt": ("", None),
    # opens with the story (为全面推动…,4月23日下午,…), no headline; 4月23日 has no year; no date
    "tests/data/docs/990_ningxia_nyfy-alashanmeng-zhongxin-yiyuan-jituan.txt": ("", None),
    # no display headline: it opens with the labelled 原标题:“互联网+”推动宁夏优质医疗资源“线上共享”, the only title the page
    # states (as 669/798), repeated in the dateline (新华社银川12月16日电题:…); 12月16日 and 11月30日 have no year; no date
    "tests/data/docs/991_ningxia_hulianwang-xianshang-gongxiang-weishengyun.txt": ("“互联网+”推动宁夏优质医疗资源“线上共享”", None),
    # a traditional e-paper story without its headline, opening with 【本報訊】…昨日下午…; no date
    "tests/data/docs/992_aomen_gongren-yiliaosuo-daixie-jibing-guanli-zhongxin.txt": ("", None),
    # the labelled 發佈時間:28/10/2014 (day/month/year), then the traditional headline “澳門中西醫學周”系列活動普及疾病防治知識,
    # given in simplified; 10月19日至25日 in the story has no year
    "tests/data/docs/993_aomen_zhongxi-yixuezhou-minzhong-yiliao-zhongxin.txt": ("“澳门中西医学周”系列活动普及疾病防治知识", "2014-10-28"),
    # opens with the story ((中央社記者黃郁菁屏東縣12日電)…), no headline; 12日 has no month or year; no date
    "tests/data/docs/994_taiwan_liuqiu-weishengsuo-yiliao-shengji.txt": ("", None),
    # a leading date line ( date 2026-03-13) that runs into a photo caption (健保署今（13日）宣布，…（資料照）), not a headline
    # (as 710/787/856); 今（13日） in the story agrees
    "tests/data/docs/995_taiwan_pianxiang-quanren-zhenghe-zhaohu-huadong.txt": ("", "2026-03-13"),
    # the column (关注健康), then the headline and 发布时间:2021-03-24 16:55:32 (the story's 324日 and 20149月 are garbled)
    "tests/data/docs/996_sichuan_mianyang-zhongyi-yiliao-jituan-gushangke-lianmeng.txt": ("绵阳市中医医疗集团成立首个专科联盟", "2021-03-24"),
    # the section (政府信息公开), then the headline and 发布时间:2021-11-05 09:53 (11月3日 in the story has no year)
    "tests/data/docs/997_sichuan_suining-disan-renmin-yiyuan-renli-fenyuan.txt": ("好消息!仁里镇中心卫生院成为遂宁市第三人民医院分院", "2021-11-05"),
    # an introduction that opens with its text (在祖国东北名城-吉林市,…), no headline; 2001年10月 has no day; no date
    "tests/data/docs/998_jilin_jilinshi-zhongxin-yiyuan-jianjie.txt": ("", None),
    # an introduction that opens with its text (船营区妇幼保健院创建于1953年,…), no headline; the timestamps after the address
    # (2024-07-11 16:25:16 …) are a list of other items (as 002/931), not the page's date; no date
    "tests/data/docs/999_jilin_chuanyingqu-fuyou-baojianyuan.txt": ("", None),
    # the headline, then the story (广州讯 近日,…); ends with the byline (中山一院) and the column (栏目:卫生动态); no date
    "tests/data/docs/1000_guangdong_zhongshan-yiyuan-huidong-yuancheng-yiliao.txt": ("中山一院与惠东县实现远程医疗", None),
    # a spam line and HTML debris (<acronym id="z70ry">…), a breadcrumb (您當前的位置 :首頁 > 深圳信息港 > 深圳新聞 正文) and
    # an empty 關鍵詞:, then the pinyin-glossed traditional headline 深圳實(shí)施“東進(jìn)戰(zhàn)略” 新建13家市屬醫(yī)院, given in
    # simplified without the glosses (as 403/416/447), shown twice around the site line (深圳信息港 www.…); 5月23日 has no
    # year, 2015年 and 2016年~2020年 no day; no date
    "tests/data/docs/1001_guangdong_shenzhen-dongjin-zhanlue-shishu-yiyuan.txt": ("深圳实施“东进战略” 新建13家市属医院", None),
    # opens with the story (根据国家中医药管理局、国务院扶贫办《…通知》,我院与光山县中医院…), no headline; no labelled
    # date: 2019年9月3日, the first date in the story
    "tests/data/docs/1002_henan_guangshan-zhongyiyuan-duikou-bangfu.txt": ("", "2019-09-03"),
    # a machine-style Q&A page opening with its answer (需要澄清的是,您提到的“郑州医科大学”…), not a headline (as 561);
    # 截至2025年3月 and 2024年内 give no full date; no date
    "tests/data/docs/1003_henan_zhengzhou-daxue-fushu-yiyuan-liebiao.txt": ("", None),
    # the site header (欢迎光临北京资讯网!) and the site's date widget (今天是 2025年07月07日 星期一, the day it was viewed,
    # not the page's, as 371/622), slogans and a breadcrumb (当前位置: 首页 > 要闻), then the headline; no labelled date:
    # 2023年12月18日, the first date in the story
    "tests/data/docs/1004_beijing_beida-yiyuan-daxing-yuanqu-qiyong.txt": ("北京大兴区首家三甲综合医院正式启用", "2023-12-18"),
    # an e-paper story without its headline, opening with 本报讯(记者 李天际 通讯员 刘时新)昨天,…; the text comes twice;
    # 2023年 has no day; no date
    "tests/data/docs/1005_beijing_youyi-yiyuan-shunyi-yuanqu-kaigong.txt": ("", None),
    # opens with the story (5月10日, 天津医院 天津市津南区咸水沽医院医联体诊疗基地 启动仪式…), no year, no headline; the
    # short lines (市卫计委基层卫生处副处长刘光宗, 出席揭牌仪式人员合影, …) are photo captions; ends with 供稿:医务科; no date
    "tests/data/docs/1006_tianjin_tianjin-yiyuan-xianshuigu-yilianti-jidi.txt": ("", None),
    # source lines ((来源:中国经济导报) / 转自:中国经济导报), then an e-paper story without its headline (本报讯 李揽月 记者朱波
    # 近日…); no date
    "tests/data/docs/1007_tianjin_jiankang-fuwuquan-jiating-yisheng-tuandui.txt": ("", None),
    # opens with the story (10月12日上午,邯郸市中医医疗集团成立盛典…), no year, no headline; ends with 来源:邯郸晚报; no date
    "tests/data/docs/1008_hebei_handan-zhongyi-yiliao-jituan-chengli.txt": ("", None),
    # a hospital chronicle (大事记) stored without its heading: numbered entries from 1.1976年11月,… ; no labelled date:
    # 1981年5月1日 (the opening, in the first entry) is the first full date in the text (1976年11月 has no day), as 513
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/1009_hebei_cangzhou-zhongxiyi-jiehe-yiyuan-dashiji.txt": ("", "1981-05-01"),
    # a breadcrumb (首页 > > 正文), then the headline (ASCII : kept); the dateline 10月28日 and 10月27日 have no year, 1987年
    # no day; no date
    "tests/data/docs/1010_neimenggu_beijing-mengyi-kangfu-yiyuan-chengli.txt": ("内蒙古蒙医药进京活动启动:北京蒙医康复医院正式成立", None),
    # a journal database abstract stored without its article title: the label 摘要 (not headline), then <正>2021年6月29日,…;
    # no labelled date: 2021年6月29日, the first date in the story
    "tests/data/docs/1011_neimenggu_zizhiqu-zhongyiyuan-xinghe-shangdu-duikou-zhiyuan.txt": ("", "2021-06-29"),
    # the headline (its own 1月20日 kept as written), then 导语 2022年1月20日上午,… (the lead's date, the only full date;
    # 1月14日 in the story has no year); the 温馨提示 line (大连本地宝) is the site's
    "tests/data/docs/1012_liaoning_dagong-fushu-zhongxin-yiyuan-jiepai.txt": ("1月20日大连理工大学附属中心医院揭牌仪式举行", "2022-01-20"),
    # the headline (—— kept), then the masthead 创始人 / 2025-12-02 17:35:26 (as 348); 近日 gives no date
    "tests/data/docs/1013_liaoning_dayi-zhongshan-xueyuan-liaoyu-yiyuan.txt": ("在家门口享受优质医疗——院校合作激活区域健康服务新动能", "2025-12-02"),
    # a breadcrumb (网易首页 > 网易号 > 正文 申请入驻), then the headline and the share widget (0 / 分享至); 今天(9月29日) has no
    # year; no date
    "tests/data/docs/1014_shanghai_jiading-gonggong-weisheng-zonghe-dalou.txt": ("嘉定区公共卫生综合大楼今日启用", None),
    # the headline (the page's space kept), an empty image line (![]() |), then the press-release dateline 新加坡2025年7月31日
    # 美通社 --
    "tests/data/docs/1015_shanghai_pengruili-lujiazui-waizi-yiyuan.txt": ("鹏瑞利集团、陆家嘴管理局和陆家嘴集团签订三方合作战略协议 拟设立上海首家外商独资三级综合医院", "2025-07-31"),
    # the headline (ASCII ! kept, as 933), then the labelled 发布日期:2025-10-02 before 2025年9月30日 (the signing) in the story
    "tests/data/docs/1016_anhui_fuyang-fuer-yiyuan-changhai-zhuanke-lianmeng.txt": ("阜阳市妇女儿童医院与上海长海医院签约专科联盟!共筑皖北生殖健康服务新标杆", "2025-10-02"),
    # a pinyin-glossed traditional page that opens with the story (4月14日,在我市與蘇、滬知名企業(yè)家…), no headline; 4月14日
    # has no year; no date
    "tests/data/docs/1017_anhui_wuhu-aoruide-kangfu-baojian-zhongxin.txt": ("", None),
    # a traditional page: two blank lines and a photo caption (中山醫院和第一醫院(資料圖片)), not a headline (as 952), then the
    # story (4月12日,廈大附屬福州第二醫院簽約儀式將正式舉行。…); 福州第二醫院將成為廈大附屬醫院 after the lead is a section
    # head; 4月12日 / 12日 have no year; the comment-box lines are the site's; no date
    "tests/data/docs/1018_fujian_xiada-fushu-fuzhou-dier-yiyuan.txt": ("", None),
    # an e-paper page (当前位置:福州日报 >> 第9980期 >> 008版 民生, the page's headline list run together), then the headline,
    # the byline (记者 颜澜萍) and the date line 2026.01.29
    "tests/data/docs/1019_fujian_xianyu-yigongti-nengli-tisheng-zhuanxiang-zijin.txt": ("我省出台政策支持县域医共体服务能力提升", "2026-01-29"),
    # the site's side lists (青大要闻 / 文化学术 / 综合新闻, other stories) and a breadcrumb (当前位置: 本站首页>>青大要闻>>正文),
    # then the headline and the labelled 日期:2020-05-14 before 5月12日 (no year) in the story
    "tests/data/docs/1020_shandong_qingda-fushu-rizhao-yiyuan-jiepai.txt": ("我校附属日照医院揭牌仪式举行", "2020-05-14"),
    # a traditional page: a spam line (博彩网-博彩通), 新聞 and 導航菜單, then the headline 青島大學醫學醫療中心項目舉行開工儀式,
    # given in simplified, and the labelled 日期:2023年09月08日 05:04 before 9月7日 (no year) in the story
    "tests/data/docs/1021_shandong_qingda-yixue-yiliao-zhongxin-kaigong.txt": ("青岛大学医学医疗中心项目举行开工仪式", "2023-09-08"),
    # opens with the story ((通讯员 姜德红 胡铖洋)2016年11月16日上午,…), no headline; 2016年11月16日 is the only full date
    # (as 263); 到2020年末 has no day; the address/phone lines are the site's footer
    "tests/data/docs/1022_hunan_yongzhou-zhongxin-yiyuan-bangfu-jianghua.txt": ("", "2016-11-16"),
    # a forum post copy: the poster's profile sidebar (- UID / - 2560 / - 主题 / 超级会员 / …), then the post (近几年来,…), no
    # thread title; 5月29日 has no year, 2003年 no day; no date
    "tests/data/docs/1023_hunan_changning-renmin-yiyuan-hengyang-sanyuan-bangfu.txt": ("", None),
    # a breadcrumb (您的位置:首页>广西分社), then the headline as a list item (- …, the dash not kept) and
    # 发表时间:2019-01-21 22:36:37来源:中新网广西
    "tests/data/docs/1024_guangxi_liuzhou-gongren-yiyuan-liujiang-yilianti.txt": ("柳州市工人医院与柳江区人民医院共建智慧医院互联网医联体", "2019-01-21"),
    # a journal paper without its Chinese title: it opens with the authors (李朝旭 张超群 丁少敏), then [摘要], [关键词],
    # the classification line and the English title/authors/affiliation/[Abstract]; the English title belongs to the
    # translation, not a headline of the page (as 693/937); (2022)06 in the article number has no day; no date
    "tests/data/docs/1025_guangxi_nanxishan-yiyuan-longsheng-yilianti.txt": ("", None),
    # a site link, the column (医院动态) and a breadcrumb, then the headline and 发布时间 : 2017-04-25 (2017年4月21日 in the
    # story is the meeting)
    "tests/data/docs/1026_chongqing_zhongyi-fengshi-zhuanke-lianmeng.txt": ("重庆市中医风湿专科联盟成立大会及大型义诊活动圆满成功", "2017-04-25"),
    # a spam line, then the pinyin-glossed traditional headline 重慶市婦幼保健院成功舉辦2023年川渝黔毗鄰地區(qū)婦幼保健專科
    # 聯(lián)盟工作會, given in simplified without the glosses (as 518), and 來源:中國網(wǎng) 時間:2023-09-19 16:57:10 (9月15日
    # in the story has no year)
    "tests/data/docs/1027_chongqing_shifuyou-chuanyuqian-fuyou-zhuanke-lianmeng.txt": ("重庆市妇幼保健院成功举办2023年川渝黔毗邻地区妇幼保健专科联盟工作会", "2023-09-19"),
    # a reading-time line (本篇文章437字,读完约1分钟), then the story (1月10日,…); the page states its title only in the
    # labelled line after it (标题:…, with 地址:, as 367); 1月10日 has no year; no date
    "tests/data/docs/1028_xinjiang_yuanjiang-zhuanjia-wulumuqi-gongzuozhan.txt": ("援疆医疗卫生专家乌鲁木齐工作站落成", None),
    # a pinyin-glossed traditional notice that opens with its salutation (尊敬的社會各界人士、廣大患者朋友: / 大家好!), no
    # headline; no date line; 2024年9月26日 (the day the new campus opens) in it is the only full date
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other, as 513)
    "tests/data/docs/1029_xinjiang_bazhou-renmin-yiyuan-nanyuanqu.txt": ("", "2024-09-26"),
    # the headline with the page's space kept (as 869), then 发布时间:2019-04-30 (4月29日 in the story has no year)
    "tests/data/docs/1030_hubei_huangzhouqu-renmin-zhongnan-guanjie-lianmeng.txt": ("黄州区人民医院骨科 正式加入武汉中南医院关节与运动医学科专科联盟", "2019-04-30"),
    # a breadcrumb (您的位置首页  行业动态  市场动态), then the headline and the story (…近期挂牌…); ends with a
    # disclaimer; no date
    "tests/data/docs/1031_hubei_shengrenmin-yiyuan-sanjia-xiezuo-yiyuan.txt": ("湖北省人民医院挂牌3家协作医院", None),
    # the site name (开化新闻网), then the headline and 2021年9月4日 09:14 (9月1日 in the story has no year)
    "tests/data/docs/1032_zhejiang_kaihua-zhongyiyuan-shengzhongyiyuan-hezuo.txt": ("开化县中医院正式成为浙江省中医院重点合作医院", "2021-09-04"),
    # a traditional forum page: table debris (|), the login prompt (馬上注冊,…) and 關閉, then the story (6月10日,…), no
    # headline; 6月10日 has no year; no date
    "tests/data/docs/1033_zhejiang_zheda-eryuan-yiwu-yiyuan-qiyong.txt": ("", None),
    # opens with the story (7月13日上午,重庆医科大学与华蓥市人民政府…), no year, no headline; no date
    "tests/data/docs/1034_sichuan_chongyifuyi-huaying-yilianti.txt": ("", None),
    # a breadcrumb (健康频道 >> 焦点 >> 四川医疗 >> 正文), then the headline and 2021-03-10 15:26:44 来源:四川在线 (3月9日
    # in the story has no year)
    "tests/data/docs/1035_sichuan_chongyi-yibin-xiaodi-hezuo.txt": ("重庆医科大学两家附属医院将与宜宾合作建紧密型医院或分院", "2021-03-10"),
    # the headline, then the story opening 2017年8月24日,… (the only date); the login lines after it are site chrome
    "tests/data/docs/1036_gansu_qingyang-shengji-zhongyiyao-zhongdian-zhuanke.txt": ("我市新增2个省级重点中医药专科", "2017-08-24"),
    # the headline (twice), then 新天水讯 …12月28日 (no year); 2021年 has no day; no date
    "tests/data/docs/1037_gansu_qinan-xingguozhen-weishengyuan-banqian.txt": ("秦安县兴国镇卫生院举行搬迁揭牌仪式", None),
    # opens with the story (为进一步加强…,2024年11月1日,…), no headline; the date in the story is the only date
    "tests/data/docs/1038_guizhou_guiyida-eryuan-tianzhu-tengtong-zhuanke-lianmeng.txt": ("", "2024-11-01"),
    # a pinyin-glossed traditional page: the column (醫院新聞) and a breadcrumb, then the headline
    # 醫療衛生援黔專家團院士懇談會在京召開, given in simplified without the glosses; 發布時間:2016-05-18 (5月14日 in the
    # story has no year)
    "tests/data/docs/1039_guizhou_yuanqian-zhuanjiatuan-yuanshi-kentanhui.txt": ("医疗卫生援黔专家团院士恳谈会在京召开", "2016-05-18"),
    # the column (新闻动态) and a breadcrumb, then the headline and the date line 2025年04月21日 09:01 (before 2025年4月18日
    # in the story)
    "tests/data/docs/1040_hainan_danzhou-hainan-daxue-xibu-zhongxin-yiyuan.txt": ("儋州市与海南大学共商共建西部中心医院 携手打造区域医疗新高地", "2025-04-21"),
    # a machine-style pinyin-glossed traditional Q&A page opening with its answer sentence (截至2025年,海南樂東暫無三甲醫院。),
    # not a headline (as 561); 一、樂東醫療資源現狀 is a section head; 2025年 has no day; no date
    "tests/data/docs/1041_hainan_ledong-sanjia-yiyuan-xianzhuang.txt": ("", None),
    # the headline, then 2022-08-02 11:39:58 来源: …(8月7日 in the story has no year)
    "tests/data/docs/1042_heilongjiang_hayida-liuyuan-kaizhen.txt": ("专为妇女儿童开设 哈尔滨医科大学附属第六医院8月7日开诊运行", "2022-08-02"),
    # a breadcrumb (东北网 > … > (旧)科技·卫生) and 搜 索, then the headline and 2007-11-17 04:42:18 来源:东北网-哈尔滨日报
    "tests/data/docs/1043_heilongjiang_zhongyi-yanjiuyuan-zhaoyuan-maoxing.txt": ("省城专家送医药进农村", "2007-11-17"),
    # a forum thread: the title after its [宿迁城事] thread type (a category, not headline, as 795), then [复制链接] and
    # 发表于 2023-6-3 11:04:56 (5月30日 in the post has no year)
    "tests/data/docs/1044_jiangsu_suqian-diyi-renmin-susu-yuanqu-fenyuan.txt": ("定了!宿迁又一医院揭牌", "2023-06-03"),
    # opens with the story (在金秋送爽、…于9月20日正式成立), no headline; 9月20日 has no year; no date
    "tests/data/docs/1045_jiangsu_hailing-biguiyuan-kangyang-zhongxin.txt": ("", None),
    # opens with the story (9月28日上午,…), no headline; 9月28日 has no year; no date
    "tests/data/docs/1046_jiangxi_shengrenmin-chaisang-jinmixing-yilianti.txt": ("", None),
    # the headline, then the story (日前,…); QQ截图20230816112247 / …259 are image file names, not a stated date; no date
    "tests/data/docs/1047_jiangxi_yingtan-zhongyiyuan-jiangzhong-fuyuan-xueke-gongjian.txt": ("鹰潭:深化省市合作共建 打造区域中医医疗中心", None),
    # a spam line and a breadcrumb (網易首頁 > 網易號 > 正文 申請入駐), then the pinyin-glossed traditional headline
    # 長春市:積極推進東北亞醫(yī)學中心建設,全力守護人民群眾健康福祉, given in simplified without the glosses (as 403; the
    # same headline as seeds/002); 12月22日 in the story has no year, 2024年 no day; no date
    "tests/data/docs/1048_jilin_changchun-dongbeiya-yixue-zhongxin.txt": ("长春市:积极推进东北亚医学中心建设,全力守护人民群众健康福祉", None),
    # opens with the hospital profile (吉林省人民医院是一所…), no headline; then an English Wikipedia blurb; 1946年 has no
    # day; no date
    "tests/data/docs/1049_jilin_jilin-shengrenmin-yiyuan-jieshao.txt": ("", None),
    # a pinyin-glossed traditional page: the date line 來源:新華網(wǎng) 時間:2012-06-22 09:42:05 熱度:1322, then the story
    # (新華網銀川6月20日專電…19日,…), no headline (as 846); the trailing 2025-07-04 after the story is not the page's date
    "tests/data/docs/1050_ningxia_nyfy-yiyuan-jituan-chengli.txt": ("", "2012-06-22"),
    # site name, column and a breadcrumb (当前位置:首页 > 健康新闻), then the headline and 来源:经济参考报 时间:2018-08-03 13:12:34
    "tests/data/docs/1051_ningxia_hulianwang-yiliao-jiankang-shifanqu.txt": ("宁夏获批建设“互联网+医疗健康”示范省(区)", "2018-08-03"),
    # a pinyin-glossed traditional page that opens with the story (中新網蘭州4月21日電…), no headline; 4月21日 has no year;
    # the copyright years (©1999-2024) are not a date; no date
    "tests/data/docs/1052_qinghai_landa-yiyuan-yushu-haxiu.txt": ("", None),
    # opens with the story (人民网天津10月30日电…10月31日下午,…), no headline; the dateline has no year; the only full date
    # is the start of a visit (2024年10月29日至11月1日): the first day of a period is an event's, not the page's (as 632);
    # no date
    "tests/data/docs/1053_qinghai_tianjin-zhongyi-qinghai-zhongyiyuan.txt": ("", None),
    # a site navigation line (游遍三秦大地从三秦游网开始>> | 三秦游首页 | …), then the story (陕西传媒网-陕西日报讯…10月28日,…),
    # no headline; 10月28日 has no year; no date (2014-10-29 is only in the URL)
    "tests/data/docs/1054_shaanxi_binxian-zhongyiyuan-jiaoda-tuoguan.txt": ("", None),
    # Top and a breadcrumb (首页 > 健康 > 健康资讯 > 正文), then the headline and 健康资讯 西北大学第一医院 2025-07-07 09:59:23
    # (7月1日 in the summary and story has no year)
    "tests/data/docs/1055_shaanxi_xida-yiyuan-huazhou-fuyou-yilianti.txt": ("西北大学第一医院与渭南市华州区妇幼保健院签约医联体", "2025-07-07"),
    # the title line with the site suffix (…_黄河新闻网) and a breadcrumb, then the headline and 2024-05-15 10:20:00 来源:…
    # (4月24日, 4月26日 in the story have no year)
    "tests/data/docs/1056_shanxi_shouyang-yiliao-jituan-mingyi.txt": ("寿阳县医疗集团:家门口看名医 传帮带提水平", "2024-05-15"),
    # the column (教育教学), then the headline and 发布时间:2025-12-10来源:附属医院作者:康曦点击数:; 政策落地:… is a section head
    "tests/data/docs/1057_shanxi_zhongyiyao-daxue-fuyuan-jiceng-peixun.txt": ("让优质医疗扎根“泥土”:第一临床学院助力基层卫生人才能力提升", "2025-12-10"),
    # a skip link (按 Enter 到主內容區), then the traditional headline 衛生署護理及健康照護處黃處長美娜參加復興鄉衛生所落成啟用典禮,
    # given in simplified; the labelled 建檔日期:97-02-04 is a Minguo date (民國97年 = 2008), as 450; 今日(97年2月4日) agrees
    "tests/data/docs/1058_taiwan_fuxingxiang-weishengsuo-luocheng.txt": ("卫生署护理及健康照护处黄处长美娜参加复兴乡卫生所落成启用典礼", "2008-02-04"),
    # the traditional headline 關懷偏鄉醫療 蘇貞昌親訪台灣最南旭海衛生室, given in simplified (the space kept), then 2021/10/22 22:35;
    # the timestamps after the story (2023/02/01 12:46 …) belong to a related-news list
    "tests/data/docs/1059_taiwan_xuhai-weishengshi-sun.txt": ("关怀偏乡医疗 苏贞昌亲访台湾最南旭海卫生室", "2021-10-22"),
    # a breadcrumb (首页 社会 正文), the headline, then the date line 2022-05-11 14:32 中国发展网 (2021年9月11日 in the story
    # comes after it)
    "tests/data/docs/1060_xizang_tianjin-duikou-changdu-zangyiyuan.txt": ("天津对口支援昌都市藏医院实现四年跨越三台阶", "2022-05-11"),
    # the headline, 来源: 香港文汇网 and 2024-06-30 13:41:29; the dateline 中新网杭州6月28日电 has no year
    "tests/data/docs/1061_xizang_zheer-naqu-zangyiyuan-hulianwang.txt": ("雪域高原上的浙藏互联网医疗合作:跨越山海搭建生命通道", "2024-06-30"),
    "tests/data/docs/1062_yunnan_liuda-quyu-yiliao-zhongxin.txt": ("云南投331亿建六大区域医疗中心 滇东北区域医疗中心位于昭阳区", "2020-07-03"),
    # the fan-service portal's header and breadcrumb (首页 > 情感 > 故事 >), then the headline; the 日期: field is empty and
    # 2月2日 in the story has no year; no date
    "tests/data/docs/1063_yunnan_minzuyi-yiyuan-kaigong.txt": ("总床位1300张!云南省民族医医院开工建设", None),
    # a 文匯報 e-paper story without its headline: 放大圖片 and a photo caption, then 【本報訊】; 撥款逾億添儀器請專家 is a
    # subheading in the story; 日前/今年/去年 give no date; no date (2010/06/14 is only in the URL)
    "tests/data/docs/1064_xianggang_donghua-sanyuan-guanghua-chongjian.txt": ("", None),
    # a long header line of unrelated game headlines, then the traditional headline 基層醫療健康藍圖完成制訂, given in
    # simplified, and the label 商業; 今日 gives no date; no date
    "tests/data/docs/1065_xianggang_jiceng-yiliao-lantu.txt": ("基层医疗健康蓝图完成制订", None),
    # 跳過導航, then the traditional headline 明日(22日)新增望廈山房社區門診, given in simplified; 12月22日(星期四) has no
    # year; no date
    "tests/data/docs/1066_aomen_wangxia-shanfang-shequ-menzhen.txt": ("明日(22日)新增望厦山房社区门诊", None),
    # a forum thread (小花俠論壇 » 時事新聞 » 青洲衛生中心投入服務), the poster's stats twice and 發表於 2018-8-1 19:38, then
    # the label [澳門新聞] and the headline stack: the headline 青洲衛生中心投入服務 (given in simplified) and its subheads
    # (崔世安及譚俊榮主持開幕 …, not headline); 二○一四年/二○一七年 give no day
    "tests/data/docs/1067_aomen_qingzhou-weisheng-zhongxin.txt": ("青洲卫生中心投入服务", "2018-08-01"),
    # menu and slogan lines, then the headline with its label before | kept whole (as 412/471) and 2023-03-13 来源:浏览量:1911
    # (3月7日 in the story has no year)
    "tests/data/docs/1068_anhui_hefei-shiyiyuan-shushan-yilianti.txt": ("城市医联体|座谈共商“三位一体”蜀山新模式", "2023-03-13"),
    # the whole item on one line: the headline with the site URL glued on (…获批http://www.healthr.com), then 2022年06月13日
    # 15:45 作者:黄坤; 6月12日 in the story has no year
    "tests/data/docs/1069_anhui_guojia-quyu-yiliao-zhongxin-huopi.txt": ("安徽省两个国家区域医疗中心建设方案获批", "2022-06-13"),
    # a breadcrumb (中国西藏网 > 即时新闻 > 地方), the shown headline and 发布时间:2022-02-24 11:00:00; 原标题:“交钥匙”新建医院
    # 明年交付雄安 is the original's title, not the page's headline
    "tests/data/docs/1070_beijing_jiaoyaoshi-xiongan-yiyuan.txt": ("北京“交钥匙”新建医院明年交付雄安", "2022-02-24"),
    # the headline, then the story; the page states no date line, so the date in the story (2015年3月30日, the signing the
    # retrospective recalls) is the date; 2012年 has no day
    "tests/data/docs/1071_beijing_renmin-yiyuan-haidian-yilianti.txt": ("北京大学人民医院医联体签约仪式盛况回顾", "2015-03-30"),
    # 学校主页 and a breadcrumb (新闻网首页 > 媒体聚焦 > 正文), then the headline with its 上游新闻: prefix kept as written (as
    # 582) and the 原文网址: line; 7月15日 and 15日 have no year; no date
    "tests/data/docs/1072_chongqing_yongchuan-chongyi-yixue-fuzhongxin.txt": ("上游新闻:打造重庆医学副中心 永川与两所知名高校“联姻”抢抓双城经济圈商机", None),
    # a breadcrumb (首页>热点 > 正文), the headline and 2023-08-12 04:38:29 出处:健康报; the list after 关键词: is other stories
    "tests/data/docs/1073_chongqing_zhongyi-ziyuan-tizhi-kuorong.txt": ("重庆加快中医资源提质扩容", "2023-08-12"),
    # opens with a byline with a stray N glued on (N海都记者 阙文龙 …), then the story (海都讯 …近日), no headline (as 748);
    # no date (2014-06-26 is only in the URL)
    "tests/data/docs/1074_fujian_lianjiang-xianyiyuan-fuzhou-dier-yiyuan-bangfu.txt": ("", None),
    # a pinyin-glossed traditional page that opens with the story (高效過濾器網(wǎng)10月9日訊,昨日,…), no headline; 10月9日
    # has no year, 2015年 no day; no date
    "tests/data/docs/1075_fujian_xiehe-yiyuan-pingtan-fenyuan-kaigong.txt": ("", None),
    # a site banner (健康广州 无障碍辅助浏览 长者助手) and a breadcrumb, then the headline (— kept), 信息来源/浏览次数 and
    # 时间:2023-03-29 (319日—21日 in the story has lost its month and has no year)
    "tests/data/docs/1076_guangdong_guangzhou-longyan-weisheng-jiankang-duikou-hezuo.txt": ("推动广州—龙岩卫生健康合作纵深发展 造福革命老区人民幸福健康", "2023-03-29"),
    # opens with the story, its dateline replaced by spam (乐鱼电竞)3月18日,…), no headline; 3月18日 has no year, 2022年/2023年
    # no day; no date
    "tests/data/docs/1077_guangdong_shenzhen-weisheng-zhongda-xiangmu-ertong-yiyuan.txt": ("", None),
    # opens with the story (按照广西卫生计生委《…》要求,9月25日,…), no headline; signed 富川瑶族自治县人民医院 2017年9月26日
    # (as 224); 9月25日 has no year
    "tests/data/docs/1078_guangxi_guiyi-fuyuan-xunhui-yiliaodui-fuchuan.txt": ("", "2017-09-26"),
    # a breadcrumb ending in the headline, the headline on its own line, then • 2013-10-09 17:40 • 作者 • 来源:广西日报
    "tests/data/docs/1079_guangxi_yikeda-yifuyuan-yuancheng-yixue-zhongxin-bama.txt": ("广西三甲医院专家借助远程医疗为县级医院病人会诊", "2013-10-09"),
    # a pinyin-glossed traditional page that opens with the story (中新河北網(wǎng)保定12月30日電 29日,…), no headline;
    # 12月30日 has no year; no date
    "tests/data/docs/1080_hebei_baoding-tongrentang-zhili-zhongyi-yiyuan.txt": ("", None),
    # a bilingual page of an English channel: the English headline heads the page, then Chinese paragraphs each followed by its
    # English version; no Chinese headline is shown, so the English line is the page's headline (unlike 937/1025, where the
    # English title belongs to a translation under a Chinese text); 日前 gives no date (2022/11/10 is only in the URL)
    "tests/data/docs/1081_hebei_dongfang-yiyuan-qinhuangdao-yiyuan-quyu-zhongxin.txt": ("Project of building regional medical center launched in N China city", None),
    # a spam keyword line and 新華網 正文, then the pinyin-glossed traditional headline 河南:今年將建50個縣域醫(yī)療中心, given
    # in simplified without the glosses (as 1027), and 2019-03-22 15:44:34 來源: 新華網 (dateline 3月22日電 has no year)
    "tests/data/docs/1082_henan_wushi-ge-xianyu-yiliao-zhongxin.txt": ("河南:今年将建50个县域医疗中心", "2019-03-22"),
    # menu lines, a breadcrumb (您现在的位置首页新闻中心医院新闻) and 预约挂号 / Appointment registration, then the headline
    # and 发布日期 2022-02-14 (2022年2月12日 in the story is the ceremony)
    "tests/data/docs/1083_henan_zhongyi-yifuyuan-shangqiu-yiyuan-jiepai.txt": ("我院举办“河南中医药大学第一附属医院商丘医院”揭牌仪式", "2022-02-14"),
    # the headline, then 来源:湖南日报 点击次数:次 发布时间:2015年06月15日; the labelled 发布时间 is the page's date, though
    # the trailing credit (湖南日报 2011年07月03日第03版:…) shows the story is older (a reprint's own date, as 536);
    # 今天 and 今年3月1日 in the story give no date
    "tests/data/docs/1084_hunan_xiangya-eryuan-yiliao-lianmeng-yuancheng-huizhen.txt": ("“足不出户”看湘雅名医", "2015-06-15"),
    # an excerpt of a report that opens with its table of contents (01 / 五大中心建设标准的 / 政策背景与研究意义 / 02 … 07
    # 结论与建议), then the section 3.1 县域医共体模式下的资源共享… run into its text; no headline (the contents entries
    # and the section head are not the page's title); no date
    "tests/data/docs/1085_hunan_huarong-yigongti-ziyuan-gongxiang-zhongxin.txt": ("", None),
    # a government info table (索引号 / 发布机构 / 信息名称: … / 发布日期: 2023-03-05 / 成文日期: 2023-03-05), then the
    # headline, shown twice; 3月4日 in the story has no year
    "tests/data/docs/1086_liaoning_benxixian-yiyuan-shengjing-miniao-waike-lianmeng.txt": ("本溪县一院加入盛京泌尿外科联盟并成功举办联盟论坛学术会议", "2023-03-05"),
    # a breadcrumb (您的位置:首页 > 新闻中心 > 综合新闻), then the headline and 发布时间:2025-04-26 文章来源: 宣传科; image
    # file names (微信图片_….jpg) are not text
    "tests/data/docs/1087_liaoning_chaoyang-eryuan-shengjing-xiongwai-zhuanke-lianmeng.txt": ("朝阳市第二医院正式加入中国医科大学附属盛京医院“胸外专科联盟”", "2025-04-26"),
    # 标准版 标准版, a breadcrumb (您所在的位置: 首页 >>工作动态 >>医院新闻) and the column names (工作动态 / 医院新闻), then the
    # headline and 来源:医务部 发布时间:2018-07-24 (7月14日 in the story has no year)
    "tests/data/docs/1088_neimenggu_keyouqianqi-renmin-yiyuan-duikou-zhiyuan.txt": ("医院与科尔沁右翼前旗人民医院签署对口支援帮扶协议", "2018-07-24"),
    # the site header (包头市卫生和计划生育委员会欢迎您, not headline), then the headline and 发布日期:2017年05月26日阅读次数:308
    # (the date with the view count glued on); 到2020年 has no day
    "tests/data/docs/1089_neimenggu_baotou-jiankang-chengshi-shishi-yijian.txt": ("包头市健康城市建设实施意见", "2017-05-26"),
    # an editor block (初审编辑: / 责任编辑:丁淑红) and a byline (大众网·海报新闻记者 … 威海报道), then the story, no headline;
    # no date line: 2020年10月21日上午 opening the story is the only date
    "tests/data/docs/1090_shandong_shanda-fushu-weihai-shili-yiyuan-jiepai.txt": ("", "2020-10-21"),
    # the headline, then the date line 2013-05-22 18:05医务部 (the source glued on); 522日 in the story has no year
    "tests/data/docs/1091_shandong_dezhou-shili-yiyuan-quanmian-hezuo.txt": ("我院与德州市立医院举行全面合作揭牌仪式", "2013-05-22"),
    # a 网易 post that opens with the lead (好消息!在3月21日召开的…), no headline; photo placeholders (打开网易新闻 查看更多
    # 图片); 发展回顾 / 优化社区卫生资源配置 etc. are section heads; 3月21日 has no year, 2018年 and 2019年 no day; no date
    "tests/data/docs/1092_shanghai_xinzhuang-shequ-fudan-shangyi-guapai.txt": ("", None),
    # a hospital-directory page: one profile paragraph per hospital (上海电力医院成立于1951年,…), no heading, no headline;
    # 1951年, 1972年, 2015年6月, 2012年10月 etc. give no full date; no date
    "tests/data/docs/1093_shanghai_yiyuan-jianjie-gongli-liuyuan-nanyuan.txt": ("", None),
    # the site name and a breadcrumb (人民网>>天津频道), then the headline, 2021年12月29日13:47 | 来源:天津日报 and the
    # 原标题 line repeating it; 12月28日 in the story has no year
    "tests/data/docs/1094_tianjin_zhongliu-binhai-hangu-yiyuan-kaizhen.txt": ("天津市肿瘤医院滨海医院和滨海新区汉沽医院新院开诊", "2021-12-29"),
    # a breadcrumb (网站首页 > 健康生活> 文章内容), then the headline (its space kept) and ※发布时间:2018-11-23 5:45:28;
    # 昨日 and 到2020年 in the story give no date
    "tests/data/docs/1095_tianjin_binhai-gongli-yiyuan-guihua-40suo.txt": ("滨海按400万人口规划公立医院 二级以上设置40所", "2018-11-23"),
    # the headline, then a sub-headline (22支浙江医疗团队精准送服务, not headline, as 342) and the byline; 近日, 去年6月 and
    # 2025年 give no date; no date (2025-06-17 is only in the URL)
    "tests/data/docs/1096_xinjiang_akesu-zhejiang-xiaozutuan-yuanjiang.txt": ("第二批“小组团”在阿克苏集中签约", None),
    # the headline, then 时间:2022-09-23 22:11:35 作者:佚名 (9月21日 in the story has no year; the source line
    # 《健康报》(2022年9月23日 头版) agrees)
    "tests/data/docs/1097_xinjiang_sichou-zhilu-jiankang-luntan.txt": ("丝绸之路健康论坛开幕", "2022-09-23"),
    # the headline, then the story (近日,…); the comment-box lines after the byline are the site's; no date
    "tests/data/docs/1098_hubei_jingzhou-zhongyiyuan-songzi-zhongyiyuan-tuoguan.txt": ("荆州市中医医院与松滋市中医院牵手合作", None),
    # the headline with its label before | kept whole (as 412/471); it comes again mid-text with a stray 】; 12月22日 has no
    # year; no date (2021/1223 is only in the URL)
    "tests/data/docs/1099_hubei_jingzhou-zhongxin-yiyuan-yunyang-bangfu.txt": ("对口|荆州市中心医院对口帮扶区人民医院工作启动", None),
    # an e-paper page: the page nav (本报首页 版面概览 / 往期回顾) and the paper's date (当前:头版(2024年10月16日) 上一版 下一版),
    # then the headline and a subtitle line (加强医疗资源整合 促进健康产业发展, not headline, as 342); 10月15日 has no year
    "tests/data/docs/1100_sichuan_luojiang-shengji-yiliao-jigou-hezuo.txt": ("德阳市罗江区政府与省级医疗卫生机构签订战略合作协议", "2024-10-16"),
    # a spam line and a site-template label (昆都侖區(qū)人民政府, another site's name, not headline), then the pinyin-glossed
    # traditional headline 上海專家走進高原送醫(yī)送藥、帶教基層醫(yī)生, given in simplified without the glosses (as 403/518);
    # 來源:中新網(wǎng)發(fā)布時間:2025-06-07 21:56 (記者26日 has no month or year)
    "tests/data/docs/1101_sichuan_shanghai-yiliaodui-songpan-tongxin.txt": ("上海专家走进高原送医送药、带教基层医生", "2025-06-07"),
    # a government notice: its title (the trailing | dropped, as 207), signed 绍兴市卫生计生委 / 2017年2月22日 (as 224); the
    # document title after it (2016年绍兴市卫生计生工作总结) is not the headline (as 323)
    "tests/data/docs/1102_zhejiang_shaoxing-weijiwei-2016-gongzuo-zongjie.txt": ("绍兴市卫生计生委关于印发2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点的通知", "2017-02-22"),
    # the headline with the aggregator's label before 丨 kept whole (as 412/774/960), then (相关资料图); 6月13日 has no year,
    # 2022年5月 no day; no date (2023/0614 is only in the URL)
    "tests/data/docs/1103_zhejiang_lishui-diyi-renmin-yiyuan-qianyue.txt": ("世界微头条丨签约,定了!丽水市第一人民医院最新消息", None),
    # a 聯合報 page: the leading date line ( date 2025-10-28 快訊), two unrelated headlines of other stories (整理包/普發現金…,
    # MLB/…, as 1065's header), then the traditional headline 澎湖長照醫療大樓動土 未來將設置癌症腫瘤中心, given in simplified
    # (the space kept); 今天下午 agrees
    "tests/data/docs/1104_taiwan_penghu-yiyuan-changzhao-dalou-dongtu.txt": ("澎湖长照医疗大楼动土 未来将设置癌症肿瘤中心", "2025-10-28"),
    # the site menu three times (民生頭條 / • 熱門 … / No Result / View All Result), then the traditional headline, given in
    # simplified (臺 as 台, the space kept), and by 中華超傳媒 / 2026-01-22; the headline again three times as photo-caption
    # headers; 今(21)日 has no month or year
    "tests/data/docs/1105_taiwan_xinhua-weishengsuo-weifu-yuanqu-dongtu.txt": ("台南新化旧果菜市场改建卫生所暨卫福园区动土 台南市长黄伟哲强调打造全龄共融照护服务新据点", "2026-01-22"),
    # a Wikipedia page: 跳转到内容, then the article title 澳門醫療衛生 (the headline, as 610), given in simplified, and the
    # tagline (维基百科,自由的百科全书); 2019年9月份 has no day, 2001年 none; the dates in the reference list ([2007-11-13],
    # 原始内容存档于2018-09-19, …) are the cited sources' access and archive dates, not the page's; no date
    "tests/data/docs/1106_aomen_aomen-yiliao-weisheng-weiji.txt": ("澳门医疗卫生", None),
    # a gov.mo news list: the site name and the section (新聞), then the first item's traditional headline
    # 公共行政大樓明起全面恢復對外服務, given in simplified (as 924, though this item is not the health one); the items
    # (本月12日, 明(16日), 本月15日, 8月15日) give no year; no date
    "tests/data/docs/1107_aomen_gov-mo-xinwen-quanmin-hesuan-jiance.txt": ("公共行政大楼明起全面恢复对外服务", None),
    # the rubric 即時港聞, then the traditional headline 東區地區康健站將擴充為康健中心 料今年第四季投入服務, given in simplified
    # without its clock time (12:11) (as strip_site_suffix's 李夏茵… (12:19)); 今日(22日) has no month or year; no date
    "tests/data/docs/1108_xianggang_dongqu-kangjian-zhongxin-kuichong.txt": ("东区地区康健站将扩充为康健中心 料今年第四季投入服务", None),
    # a forum thread (INCA's forum, the login prompt), the thread's traditional title 滬港簽協議增醫療交流 (given in simplified;
    # it comes again, with Empty, on the post bar), then 發表 由 KateBush 周六 1月 07, 2012 11:36 am; 周四(5日) has no month
    "tests/data/docs/1109_xianggang_yiguanju-shenkang-wuxi-xuqian.txt": ("沪港签协议增医疗交流", "2012-01-07"),
    # an introduction that opens with its text (武威市凉州医院始建于1952年,…), no headline (as 999); 1952年 has no day; no date
    "tests/data/docs/1110_gansu_wuwei-liangzhou-yiyuan-jieshao.txt": ("", None),
    # the headline, then 文摘 2024-11-14 16:41 甘肃 (11月12日 in the story has no year)
    "tests/data/docs/1111_gansu_zhangye-zhongyiyuan-qilian-bangfu.txt": ("张掖市中医医院与祁连县人民医院召开对口帮扶工作座谈会", "2024-11-14"),
    "tests/data/docs/1112_guizhou_bijie-diyi-renmin-yiyuan-peixun-jidi.txt": ("首届全省住院医师临床技能大赛之毕节市第一人民医院基地介绍", "2022-07-18"),
    # a pinyin-glossed traditional page: the column (醫(yī)院新聞) and a breadcrumb, then the headline 情系烏蒙山 共筑健康夢,
    # given in simplified, and 發(fā)布時間:2016-03-21 (316日 in the story has lost its 月 and has no year)
    "tests/data/docs/1113_guizhou_shengrenmin-yiyuan-liuzhi-yiyuan.txt": ("情系乌蒙山 共筑健康梦", "2016-03-21"),
    # the headline, then a site line with spam (48-365365网站) and 更新时间:2018-01-22 (1月18日 in the story has no year)
    "tests/data/docs/1114_hainan_haikou-yueyang-fenyuan-dongshan-weishengyuan.txt": ("海口建城乡医联体服务患者", "2018-01-22"),
    # a hospital profile under the heading …海南医院简介 (a heading, as 635), then 发布时间:2024-05-09; 2022年5月 has no day
    "tests/data/docs/1115_hainan_shanghai-ertong-yixue-zhongxin-hainan-yiyuan.txt": ("上海交通大学医学院附属上海儿童医学中心海南医院简介", "2024-05-09"),
    # a pinyin-glossed traditional page: the headline 哈爾濱自貿(mào)片區(qū)打造醫(yī)學(xué)重鎮(zhèn), given in simplified
    # without the glosses (as 1082), then 2020年08月19日07:54 來(lái)源:黑龍江日?qǐng)?bào) (18日 in the story has no month)
    "tests/data/docs/1116_heilongjiang_haerbin-zimao-pianqu-hayida-xinqu-yixue-zhongxin.txt": ("哈尔滨自贸片区打造医学重镇", "2020-08-19"),
    # the headline, then 2013-07-06 14:05:10 来源:铁力市人民医院; the two lines after it (省级专家支援县医院学科建设专家组 /
    # 到我院指导先锋行动受援工作并进行对接) are a heading in the story, not the headline
    "tests/data/docs/1117_heilongjiang_tieli-renmin-yiyuan-xianfeng-xingdong.txt": ("省级专家组到我院指导先锋行动受援工作", "2013-07-06"),
    # the column (医院新闻) and a breadcrumb ending in the headline, the headline (ASCII ! kept) and 发布时间:2019-01-21
    # (117日 in the story has lost its 月; the 2024年4月30日 notice is in the footer after the story)
    "tests/data/docs/1118_jiangsu_changzhou-dier-renmin-sanjing-yilianti.txt": ("我院医联体大家庭又添新成员!", "2019-01-21"),
    # a government notice signed 扬中市人民政府办公室 2023年4月3日 (as 224); the plan's title after the notice is not the
    # headline (as 323); 2020年末 has no day
    "tests/data/docs/1119_jiangsu_yangzhong-shisiwu-weisheng-jiankang-guihua.txt": ("关于印发《扬中市“十四五”卫生健康发展规划》的通知", "2023-04-03"),
    # a traditional page with no headline: the labelled date line 日期:2024-10-16 14:41, then a
    # photo caption (10月12日,2024年江西省國家和省級醫療隊巡回醫療工作啟動會…) and the story
    "tests/data/docs/1120_jiangxi_yudu-guojia-shengji-yiliaodui-xunhui-yiliao.txt": ("", "2024-10-16"),
    # a Q&A-site copy: the question title 筑牢生命健康屏障 (also in the breadcrumb and again above the answer), then
    # 共1个回答 2026-02-03 (the page's own date, as the reprint date in 696; 2025年7月29日 in the answer is the opening
    # of a hospital campus)
    "tests/data/docs/1121_jiangxi_nanchang-4-2-2-yiliao-weisheng-fuwu-tixi.txt": ("筑牢生命健康屏障", "2026-02-03"),
    # a pinyin-glossed traditional hospital profile that opens with its prose (吉林大學第二醫院是…), no headline;
    # 1936年11月, 1948年11月 and 2000年6月 have no day; no date (as 503)
    "tests/data/docs/1122_jilin_jida-eryuan-yiyuan-jieshao.txt": ("", None),
    # opens with the story (1月27日,吉林化纤集团职工医院…), no headline; 1月27日 has no year; no date
    "tests/data/docs/1123_jilin_huaxian-zhigong-yiyuan-huazhuan-jingkaiqu.txt": ("", None),
    # opens with the story (记者从自治区人民医院获悉,11月18日,…), no headline; 11月18日 has no year, 2015年7月 and
    # 2016年10月 no day; ends with (记者 尚陵彬); no date
    "tests/data/docs/1124_ningxia_zizhiqu-renmin-yiyuan-ertong-yiliao-zhongxin.txt": ("", None),
    # a government info table (索引号 / … / 成文时间: 2019-01-29 / 标题: … / 发布时间: 2019-02-01 / 发文字号), then the
    # notice's own heading split over two lines (自治区人民政府办公厅关于 / 印发…的通知), the same text as the labelled 标题
    # (as 577); the date is the labelled 发布时间 (the publication), not 成文时间 (when it was written; the signature
    # 2019129 is the same day with its 年月日 lost)
    "tests/data/docs/1125_ningxia_hulianwang-yiliao-jiankang-shifanqu-shishi-fangan.txt": ("自治区人民政府办公厅关于印发宁夏回族自治区“互联网+医疗健康”示范区建设实施方案的通知", "2019-02-01"),
    # a traditional page that opens with the story, a quote (“超聲檢查時,…”在青海省治多縣人民醫院…), no headline;
    # 幫扶團隊成員與牧民們交流… is a photo caption; 去年8月 gives no date; no date
    "tests/data/docs/1126_qinghai_zhiduo-renmin-yiyuan-zutuanshi-bangfu.txt": ("", None),
    # a hospital profile that opens with its prose (青海省妇女儿童医院始建于1972年,…), no headline; years only; no date
    "tests/data/docs/1127_qinghai_funv-ertong-yiyuan-jieshao.txt": ("", None),
    # a blank line, then the story (2026年1月13日,延安市中医医院与延安大学…), no headline; no labelled date: the date
    # in the story (as 463); 仪式由… and 与会领导共同为…揭牌 are photo captions
    "tests/data/docs/1128_shaanxi_yanan-zhongyiyuan-yanan-daxue-fushu.txt": ("", "2026-01-13"),
    # a pinyin-glossed traditional document-site excerpt: 【導讀】 and a run of table-of-contents and text fragments;
    # 榆林市第三人民醫院新建工程可行性研究報告。 stands mid-paragraph, not as a headline; no date
    "tests/data/docs/1129_shaanxi_yulin-disan-renmin-yiyuan-kexingxing-baogao.txt": ("", None),
    # a pinyin-glossed traditional page that opens with the story (為了充分整合,、有效利用…,3月17日,,山醫大一院…),
    # no headline; 3月17日 has no year; ends with (責編:馬騰飛); no date
    "tests/data/docs/1130_shanxi_shanyida-yiyuan-tuoguan-boai-yiyuan.txt": ("", None),
    # the headline, then the story (本报讯 …8月21日成立), no year; ends with (责任编辑:姜洁冰) twice; no date
    "tests/data/docs/1131_shanxi_zhongxiyi-jiehe-yiyuan-yiliao-jituan.txt": ("山西中西医结合医院医疗集团成立", None),
    # a channel breadcrumb (时尚健康 » 美妆), then the headline with its keyword prefix (援藏博士) kept as written (as the
    # keyword-string headlines of content-farm pages), the page's 「」 kept; 来源:网络 2021年11月08日 06:12 (10月31日 in
    # the story has no year)
    "tests/data/docs/1132_xizang_yuanzang-boshituan-hulianwang-yiliao.txt": ("援藏博士 医疗援藏博士团成员:西藏更需求「互联网+医疗」", "2021-11-08"),
    # a pinyin-glossed traditional hospital profile that opens with its prose (拉薩市人民醫院在拉薩市城東。…), no headline;
    # 1959年 and 1961年 have no day; no labelled date: 2017年11月10日 (the 三甲 rating), the first full date in the text
    # (as 513)
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/1133_xizang_lasa-shi-renmin-yiyuan-jieshao.txt": ("", "2017-11-10"),
    # opens with the story (家住楚雄彝族自治州双柏县…的小梅(化名),…), no headline; 学术讲座 is a section head; no labelled
    # date: 2020年6月2日, the first full date in the story (2016年6月 has no day)
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/1134_yunnan_yangpu-zhongxin-yiyuan-shuangbai-bangfu.txt": ("", "2020-06-02"),
    # a breadcrumb (首页 > 医疗资讯/ 正文), then the story (中新网上海3月27日电 …, no year); the headline (“输血”与“造血”并举
    # 上海助力…) is only in an image's alt text (with the site suffix -易网健康养生网), not shown as a headline; 2010年 and
    # 2016年 have no day; no date
    "tests/data/docs/1135_yunnan_shanghai-yunnan-jiankang-fupin-yongping.txt": ("", None),
    # the headline, then 淮南日报 2020-08-17 09:07 (8月14日 in the story has no year); the lines after 新闻推荐 are another story
    "tests/data/docs/1136_anhui_huainan-anyida-yifuyuan-gaoxin-yiyuan.txt": ("淮南市与安医大一附院开展合作共建 张孝成徐礼国出席签约仪式", "2020-08-17"),
    # side lists of cut news and procurement items, a breadcrumb (您现在所在的位置:… > 本地新闻), then the headline and
    # 发布时间:2023/2/16 (2月12日—13日 in the story has no year)
    "tests/data/docs/1137_anhui_luan-shanghai-yiliao-hezuo.txt": ("我市与上海达成多项医疗领域合作意向", "2023-02-16"),
    # a machine-style answer page: the lone line 北京市西城区 heads it (the answer, as 731/920; the next sentence 北京积水潭
    # 医院位于北京市西城区,… does not run on from it, unlike 704); 一、地理位置与院区分布 etc. are section heads; 1956年 has
    # no day; no date
    "tests/data/docs/1138_beijing_jishuitan-yiyuan-yuanqu.txt": ("北京市西城区", None),
    # 发布于:2022-07-25 and 原创, then the headline (repeated later as image text); 2022 年 7 月 30 日 in the story is the
    # opening to come
    "tests/data/docs/1139_beijing_zhongyi-yiyuan-shunyi-yiyuan-xinyuanqu.txt": ("北京中医医院顺义医院新院区国医堂中医门诊即将试运营开诊!", "2022-07-25"),
    # a pinyin-glossed traditional page: a stray word (news) and 發(fā)布時間:2024-05-13, then the story (4月30日,…, no
    # year); no headline shown
    "tests/data/docs/1140_chongqing_bishan-yiyuan-yaan-dier-renmin-yiyuan.txt": ("", "2024-05-13"),
    # the headline, then a subtitle line (助力“健康孝感”建设, not headline, as 151) and the dateline 重报集团报道组湖北孝感电;
    # 3月26日 has no year; no date
    "tests/data/docs/1141_chongqing_chongyi-fuyi-xiaogan-bangfu.txt": ("重庆孝感多家医院签订帮扶合作协议", None),
    # a traditional page: a breadcrumb (您現在的位置:海峽網>…>廈門新聞) and 分享, then the story (廈門日報訊(…)2021年12月31日
    # 下午,…), no headline; no labelled date: 2021年12月31日, the first date in the story
    # (a reader might give no date; by this file's rule a date in the story counts when the page states no other)
    "tests/data/docs/1142_fujian_xiamen-fuyou-baojianyuan-jimei-yuanqu.txt": ("", "2021-12-31"),
    # a WeChat-style opening: a teaser sentence (最新消息,厦门医学院附属海沧医院、厦门市第六医院来了。), not a headline,
    # then the story (5月20日上午,…), no year; 图源:今日海沧 is a photo credit; 2021年 has no day; no date
    "tests/data/docs/1143_fujian_haicang-yiyuan-guapai.txt": ("", None),
}
#: pages whose title the rules do not get: 211 opens with WeChat-style short lines (继去年9月份 /
#: 我院神经内科、骨科相继加入 …) that look like headlines (a hard-wrapped story, 003, looks the same; 303's
#: open with their day, 今天上午, and are read as the story); 281 opens with a spam keyword line
#: (久久sese,一区二区三区免费,…) and a site name (广济网上药店), both headline-like, before its headline;
#: 419 opens with a line of spam prose (接种疫苗是…) taken for the headline or the
#: body's start; 440's headline is found, but its 陜 (a variant of 陝) is a form OpenCC leaves as it is, so it reads 陜西省…, not 陕西省…; 545's
#: site puts the headline in the 作者 field of its date line (时间:2025-05-29 11:34:46 作者:国家儿童医学中心… 浏览量:93942)
#: and shows it nowhere else, so no headline line is above the story; 626 is the whole page run together on one
#: line (首页 >> 医院新闻我院与…协议来源:… 时间:… 2012年2月29日,…), the headline glued between the breadcrumb's column
#: and the 来源: field, so it is no line of its own; 636's kicker (打造数智化转型“湖北样本” 建设医疗创新高地) has the
#: form of a two-part headline (as 103's 远程医疗连通城乡 疑难病会诊不出县), and the headline under it
#: (武汉市中心医院:…) the form of a headline's subtitle or caption, so the rules keep the first;
#: 704 opens with a lone line of two quoted names (“云南心血管病医院”和“昆明医科大学附属延安医院”) that the next
#: sentence goes on from (这家机构…其名称…): the reader takes it for the story's first line, the rules for a headline
#: (a reader could too); 711 is one talk of a conference programme: the session's banner heads the page, the talk's
#: title comes after 程 序 表 and a session code (S5-1), and the rules keep the banner; 788 (澳门日报) shows two
#: heading lines of the same form and length above its 【本报消息】 story (赴京交流国际湾区医学教育 / 澳代表参与中华医学会
#: 庆典): this paper prints its kicker first and the main title under it (as 497's printed heading), where others
#: (658: 我市与中山大学附属第一医院签订合作框架协议 / 建立密切合作帮扶关系 加快建设区域医疗中心) print the headline
#: first and a subtitle under it, and nothing in the text tells the two apart; 855 (澳门日报 too) is the same: two
#: heading lines above its 【本报消息】 story (慈善会春茗肯定属下各机构取得成绩 / 镜湖门急诊去年服务百四万人次), the main
#: title the second by this paper's order, which only the paper's name (not a rule of the text) would tell
KNOWN_WRONG_TITLE = {"tests/data/docs/788_aomen_yizong-zhonghua-yixuehui-fujing-jiaoliu.txt",
                     "tests/data/docs/855_aomen_jinghu-cishanhui-chunming-menjizhen.txt",
                     "tests/data/docs/704_yunnan_kunming-yanan-yiyuan-biecheng.txt",
                     "tests/data/docs/711_taiwan_shequ-yiliaoqun-jiating-yishi.txt",
                     "tests/data/docs/626_jiangxi_xinyu-renmin-fenyi-duikou.txt",
                     "tests/data/docs/636_hubei_wuhan-zhongxin-yiyuan-shuzhihua.txt",
                     "tests/data/docs/545_shanghai_fudan-erke-fengxian-yuanqu.txt",
                     "tests/data/docs/440_shaanxi_shengrenmin-pucheng.txt",
                     "tests/data/docs/211_jiangsu_subei-weichang-lianmeng.txt",
                     "tests/data/docs/281_fujian_mawei-sansuoyiyuan.txt",
                     "tests/data/docs/419_jiangsu_suqian-zhongyiyuan-zutuan.txt"}


def test_every_page_has_an_expectation():
    pages = {str(p.relative_to(ROOT)) for p in [*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/data/docs/*.txt")]}
    assert pages == set(PAGES)


def _read(path):
    return normalize(decode((ROOT / path).read_bytes())[0])


@pytest.mark.parametrize("path", sorted(PAGES))
def test_page_title(path):
    if path in KNOWN_WRONG_TITLE:
        pytest.xfail("known: the page opens with lines that look like headlines")
    assert _read(path).title == PAGES[path][0]


@pytest.mark.parametrize("path", sorted(PAGES))
def test_page_date(path):
    assert _read(path).date == PAGES[path][1]


# --- the rules ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("一网搜 登录| 注册\n二道之窗\n首页 > 二道之窗 > 教育医疗\n教育医疗\n时间:2024-10-18\n全区现有学校27所。", "教育医疗"),
    ("搜狐 ChinaRen 17173 焦点房地产 搜狗\n新闻中心 > 综合 > 沈阳日报\n沈阳西部区域医疗中心呼之欲出\n正文。", "沈阳西部区域医疗中心呼之欲出"),
    ("省卫生健康委：\n推动优质医疗资源向都市圈城市延伸\n正文。", "省卫生健康委：推动优质医疗资源向都市圈城市延伸"),
    ("社交网站:\n2022年09月09日\n京协和澳委会举行全体会议\n正文。", "京协和澳委会举行全体会议"),
    ("加快建设健康长治\n我市医疗服务双提升——\n群众家门口看病从有到优\n正文。", "群众家门口看病从有到优"),
    ("让百姓在家门口看好病\n——河北省聚力建设紧密型县域医共体\n正文。", "让百姓在家门口看好病"),
    ("海南省人民医院托管五指山市人民医院-新华网\n海南省人民医院托管五指山市人民医院\n正文。", "海南省人民医院托管五指山市人民医院"),
    ("第四色五月天乱伦,国产2021中文天码字幕,久久国产美女免费观看精品,免费一级a一片高清免费,国产精品线在线精品,亚洲黄色网站www.,国产精品熟女视频二区2021\n"
     "全国卫生健康系统援藏会促西藏发展\n正文。", "全国卫生健康系统援藏会促西藏发展"),
    ("内蒙古人民医院与新城区政府正式签约合作协议 | ||||\n正文。", "内蒙古人民医院与新城区政府正式签约合作协议"),
    ("從二級甲等到三級甲等綜合醫院的跨越,\n域外患者年服務量", ""),
    ("4月1日从天津港口医院获悉，天津医科大学总医院与天津港口医院签署协议。\n双方签约仪式现场", ""),
    # a date in prose is the body, not a date line to pass over
    ("2025年3月9日,国家区域医疗中心项目开工奠基仪式举行。\n项目开工奠基仪式现场(闫鑫 摄)\n正文。", ""),
    # the headline after a date on its line
    (" date 2025-11-04 跨院策略联盟 部立苗医、台中荣总签合作意向书\n为强化区域医疗量能，两院签署合作意向书。",
     "跨院策略联盟 部立苗医、台中荣总签合作意向书"),
    ("2022-09-07 10:05   来源 : 敦化市融媒体中心\n吉大一院敦化医院揭牌\n正文。", "吉大一院敦化医院揭牌"),
    # ! inside a headline
    ("重磅!粤东医院入选省高水平医院重点建设医院,获3亿元建设资金\n掌上梅州讯 近日,名单出炉。",
     "重磅!粤东医院入选省高水平医院重点建设医院,获3亿元建设资金"),
    ("□福建日报记者 庄紫怡 通讯员 施振强 文/图\n专家带着医生一起查房。", ""),
    # a long line ending in a colon leads into a quote: the body, not a kicker
    ("王某代表县委、县政府衷心感谢省人民医院一直以来的支持:\n双方合作以来,成效明显。", ""),
    # an info table's name field, then the headline: the fuller of the two
    ("• 某区卫生健康委员会\n• 2024-04-07\n区卫健委开展义诊活动\n区卫健委组织开展义诊活动\n4月7日上午,活动举行。",
     "区卫健委组织开展义诊活动"),
    # no headline above the body; the title stated in a labelled line after it
    ("本篇文章520字,读完约2分钟\n昨天上午,县医院分院揭牌。\n标题:县人民医院分院揭牌\n地址:http://x.cn",
     "县人民医院分院揭牌"),
    # an e-paper page: the page's headline list, the viewing date, the paper's date, then the story
    ("第A03版:要闻 上一版3  4下一版\n本版标题导航\n县医院新院区启用\n市医联体成立\n今日日期: 2025年4月17日星期四 版面导航\n"
     "当前报纸日期:\n2023 12月21日 星期\n3上一篇  下一篇4\n放大 缩小 默认\n市医联体正式成立\n【本报消息】市医联体昨日成立。",
     "市医联体正式成立"),
    # a skip-navigation link is not the headline
    ("按 Enter 到主内容区\n县医院与医学院签署合作意向书 提升服务品质\n• 资料来源:某某管理会\n今日上午，双方签署意向书。",
     "县医院与医学院签署合作意向书 提升服务品质"),
    # an app banner (its name, a prompt, a slogan, its download button) above the headline
    ("某某新闻\n更多的资讯等着你...\n立即下载\n某某新闻\n汇聚向上的力量\n立即下载\n市中医院新院区正式启用\n某某区政府网2020-05-06 12:13\n"
     "我区投入资金建设新院区。", "市中医院新院区正式启用"),
    # a series label above the headline
    ("《山海同行》东西部协作系列报道(二)\n专家团队帮扶结硕果 县医院实现大病不出县\n自协作开展以来，成效明显。",
     "专家团队帮扶结硕果 县医院实现大病不出县"),
    # the site's name on a line of its own, then the headline
    ("某某资讯网\n某某市两家医院重组!打造区域医疗中心...\n资讯网资讯 123条 2019-03-26 13:35:46\n摘要:两院重组。",
     "某某市两家医院重组!打造区域医疗中心..."),
    # a column's name repeated, then the column's name alone, then the headline
    ("新闻中心 新闻中心\n新闻中心\n市人民医院专家赴乡镇卫生院开展帮扶调研\n某某健康网 2024-05-1751453\n5月15日，调研开展。",
     "市人民医院专家赴乡镇卫生院开展帮扶调研"),
    # an event's time and place fields above the page are not its headline
    ("时间 时间:2026年3月6日-8日\n地点 地点:某某国际会展中心\n作者:佚名 发布时间:2016-10-14\n近日，市政府印发区域卫生规划。", ""),
    # a ticker of other pages' headlines run together with wide gaps (spam), then the headline
    ("某某游戏新作即将登场!   新款耳机正式推出!   了解某某公测如何举行   某某赛事全新角色正式登场!   某某活动任务开跑!\n"
     "县人民医院与市中医院签约共建医联体\n今日上午，双方签约。", "县人民医院与市中医院签约共建医联体"),
    # a site's menu and app lines, then a column's heading above the headline
    ("在线课程 证书查验\n客户端下载\n继续医学教育\n医院新闻\n市医院专家赴县医院开展帮扶\n2024-05-06 10:12\n5月6日，帮扶开展。",
     "市医院专家赴县医院开展帮扶"),
    # a column's heading after the headline does not hide it
    ("县人民医院新院区正式启用\n健康资讯\n今日上午，新院区启用。", "县人民医院新院区正式启用"),
    # a menu's teaser cut short with a link to more (…详情) is not the body; the breadcrumb after it
    ("专业版 患者版\n医院简介某某医院始建于1958年。现有床位900张...详情\n电话:0000-12345678\n"
     "您当前位置: 首页 > 新闻中心 > 正文\n市肿瘤医院召开对口支援工作会议\n为落实部署，会议召开。", "市肿瘤医院召开对口支援工作会议"),
    # an e-paper's masthead (paper / year / month / day / page), a kicker, then the headline
    ("某某日报(汉文版)/2024 年/3 月/8 日/第 002 版\n山海同心\n医疗帮扶暖人心\n——某某卫生健康系统帮扶纪实\n记者 张三\n"
     "三年来，帮扶持续开展。", "医疗帮扶暖人心"),
    # an advertisement line above an e-paper's page label (第A03版:要闻): the paper's masthead
    ("某某银行信用卡\n2023年12月21日\n第A03版:要闻\n县医院新院区启用\n【本报消息】县医院新院区昨日启用。",
     "县医院新院区启用"),
    # the headline shown twice (the page's title, then the printed heading over a photo caption and
    # lead lines) after an advertisement and the site's name
    ("某某银行信用卡\n某某虚拟图书馆\n县医院新院区启用\n院长与嘉宾在启用仪式上合影\n县医院昨日起试营运\n县医院新院区启用\n"
     "【本报消息】县医院新院区昨日启用。", "县医院新院区启用"),
    # a breadcrumb of menu items spaced apart, without arrows
    ("首页 医院动态 医院新闻\n县医院与医科大学签订共建协议\n发布时间:2018-03-06 来源:县医院\n3月5日，双方签约。",
     "县医院与医科大学签订共建协议"),
    # a rubric in 【】 before the headline
    ("【某市-某市一体化发展】交流促合作——两院签署合作协议\n2024-05-09 21:41:07 来源:市医院\n5月9日，双方签约。",
     "交流促合作——两院签署合作协议"),
    # a page with no headline: the story opens with its byline in brackets, on a line without a full stop
    ("(记者/张三通讯员/李四)近日,县职工医院移交市第一人民医院签约仪式在县里举行\n双方签署交接协议。", ""),
    ("(记者 张三 通讯员 李四)\n近日，县职工医院移交市第一人民医院。", ""),
    # the headline shown as a list's item (a page whose HTML list was flattened), then the reporter's byline
    ("国产a|日本b|黄色c|在线d\n  • 县医院新院区落户某地\n2024-11-22 16:24:00 来源:某某新闻\n新闻记者 张三\n通讯员 李四\n"
     "11月20日,签约举行。", "县医院新院区落户某地"),
    # a site's menu (• …), a newsletter's masthead (issue number, publisher) and its editor, then the headline
    ("• 医院主站\n• 医院新闻 24小时更新医疗健康领域的要闻,打造最及时的资讯平台。\n"
     "2024年10月 总第118期 主办:某某医院党委宣传部\n本期责任编辑:张三\n我院与4家社区卫生服务中心续签协作协议\n"
     "发布:对外联络部 时间:2020-09-03\n9月1日下午，续签仪式举行。", "我院与4家社区卫生服务中心续签协作协议"),
    # a series number after the headline is part of it
    ("经验交流 | 年度协作典型案例(四)\n0\n分享至\n一、“大组团”+“小组团”,实现全面覆盖\n两地高度重视帮扶工作。",
     "经验交流 | 年度协作典型案例(四)"),
    # a photo note and the reporter's byline above a story without a headline
    ("(资料图片仅供参考)\n某某日报记者 张三\n5月23日,省政府举行签约仪式。", ""),
    # a WeChat-style lead broken into short lines, opening with its day and time of day
    ("2024年3月1日上午\n位于某某新区北地块的\n市第一人民医院新院区\n正式开诊啦\n新院区设置床位800张。", ""),
    ("喜讯\n今天上午\n县卫生健康事业迎来一件大事\n市医院专家工作站落户县医院\n专家工作站设在县医院。", ""),
    # a slogan of four-character phrases above the headline is its kicker; alone, it is the headline
    ("医路同心 健康相伴\n市医院组建巡回医疗队入驻某某县\n2025年3月1日10:41 |\n3月1日上午,巡回医疗队出发。",
     "市医院组建巡回医疗队入驻某某县"),
    ("健康同行 强基惠民\n- A+\n- A-\n编者按 没有全民健康,就没有全面小康。", "健康同行 强基惠民"),
    # a government info table with spaced labels (索 引 号, 标  题) whose headline, with its source tag, is too
    # long to stand alone: the table's title field
    ("当前位置: 首页 > 政务公开 > 医疗\n索 引 号: govxx-2021-000123 主题分类: 医疗\n发文机关: 某某市政府 成文日期:\n"
     "标  题: [某某健康频道]某省:构建“医联体式”帮扶县医院新发展格局——省人民医院与某某县人民政府正式签订帮扶某某县人民医院医联体合作协议\n"
     "发文字号: 发布日期: 2021-05-17\n主 题 词:\n"
     "[某某健康频道]某省:构建“医联体式”帮扶县医院新发展格局——省人民医院与某某县人民政府正式签订帮扶某某县人民医院医联体合作协议\n"
     "发布时间:2021-05-17\n5月9日,双方签约。", "某省:构建“医联体式”帮扶县医院新发展格局——省人民医院与某某县人民政府正式签订帮扶某某县人民医院医联体合作协议"),
    # a forum thread: login, hot searches and the thread bar above the thread's title
    ("某某生活\n找回密码\n立即注册\n热搜: 活动 交友 discuz\n查看: 2513|回复: 0\n打印 上一主题 下一主题\n"
     "某区今年建成两家医院,分别是……\n[复制链接]\n发表于 2021-3-12 14:36:38\n人民对美好生活的向往,", "某区今年建成两家医院,分别是……"),
    ("", ""),
])
def test_find_title(text, title):
    assert find_title(text) == title


def test_html_headings_come_first():
    page = "<html><head><title>医联体成立 - 新华网</title></head><body><p>首页</p><h1>市医联体&amp;成立</h1></body></html>"
    assert html_headings(page) == ["市医联体&成立", "医联体成立 - 新华网"]
    assert normalize(page, "html").title == "市医联体&成立"
    assert normalize("<title>县医共体揭牌_新浪新闻</title><p>正文。</p>", "html").title == "县医共体揭牌"


@pytest.mark.parametrize("title, stripped", [
    ("县医共体揭牌_新浪新闻", "县医共体揭牌"),
    ("县医共体揭牌 - 新华网", "县医共体揭牌"),
    ("县医共体揭牌_健康频道_人民网", "县医共体揭牌"),
    ("李夏茵：未来集预约及缴费功能 (12:19)", "李夏茵：未来集预约及缴费功能"),
    ("[江西日报]南大二附院新建院区签约", "南大二附院新建院区签约"),
    ("【关注】天津模式辐射京冀 专科联盟打造医疗“共享时代”( 二 )", "天津模式辐射京冀 专科联盟打造医疗“共享时代”"),
    ("县医共体揭牌_某某实时", "县医共体揭牌"),          # any short tail after an underscore
    ("县医共体揭牌仪式分享到:", "县医共体揭牌仪式"),       # share buttons glued on
    ("【某市-某市一体化发展】两院签署合作协议", "两院签署合作协议"),   # a longer rubric
    ("县域医共体建设巡回报道(二)", "县域医共体建设巡回报道(二)"),     # an item's number in a series
    ("互联网-医院", "互联网-医院"),                 # no site suffix
    ("新华网", "新华网"),                            # nothing would be left
])
def test_strip_site_suffix(title, stripped):
    assert strip_site_suffix(title) == stripped


def test_breadcrumbs():
    assert is_breadcrumb("您现在的位置:海峡网>新闻中心>福建频道")
    assert is_breadcrumb("民意通旅游财经 水母网> 健康频道>今日推荐")
    assert is_breadcrumb("首页 医院动态 医院新闻")      # menu items spaced apart
    assert not is_breadcrumb("县人民医院牵头组建医共体")
    assert not is_breadcrumb("设为首页 加入收藏")


@pytest.mark.parametrize("text, date", [
    ("时间:2024-10-18 14:53 来源:区教育局", "2024-10-18"),
    ("作者:张思弦  来源:社会医学部 发布时间:2026年02月05日", "2026-02-05"),
    ("发布于:2018-8-8 8:18:29  浏览:773次", "2018-08-08"),
    ("2023-11-18 08:46:09", "2023-11-18"),
    # a labelled date before a date in the story
    ("9月15日，2025年9月1日起开展的义诊结束。\n发布时间：2025-09-16 08:30", "2025-09-16"),
    # a masthead or signature line before a date in the story
    ("公示期至2025年11月24日止。\n广西壮族自治区卫生健康委员会医政处\n2025年11月18日", "2025-11-18"),
    # a date in the story when the page states no other
    ("2026年1月10日上午，医联体签约仪式举行。", "2026-01-10"),
    # not in the related-news list after the page
    ("12月22日，发布会召开。\n相关推荐\n2025-12-05 09:47:10", None),
    ("近日，两院签署协议。\n相关链接\n- 京津冀中医医联体成立【2025-12-31】", None),
    ("2025年年底，本报6月1日讯", None),
    # not the day the e-paper was viewed; the paper's date under its label on the line before
    ("今日日期: 2025年4月17日星期四 版面导航\n当前报纸日期:\n2023 12月21日 星期\n市医联体成立", "2023-12-21"),
    ("2025-13-40", None),
    # a labelled Minguo date (year 113 of the Republic is 2024); unlabelled figures are no date
    ("按 Enter 到主内容区\n县医院签署合作意向书\n• 建档日期:113-03-15\n• 更新时间:113-03-18\n今(15)日上午签约。", "2024-03-15"),
    ("发布日期:113年3月15日", "2024-03-15"),
    ("病床从113-03-15号起启用。", None),
    # a date with a view count run into it on a metadata line
    ("某某健康网 2024-05-1751453\n5月15日，调研开展。", "2024-05-17"),
    # the first day of an event's period is not the page's date; the labelled date after it is
    ("时间 时间:2026年3月6日-8日\n地点:某某会展中心\n作者:佚名 发布时间:2016-10-14 00:00:00\n近日，规划印发。", "2016-10-14"),
    ("展会于2026年3月6日至8日举行。", None),
    # a day the story puts in the next year (明年(2026年)1月26日) is after the page: not its date
    ("录取名单预计明年(2026年)1月26日公布。", None),
    # headlines with their dates after the story: a related-news list without a heading
    ("3月2日，县妇幼保健院揭牌。\n\n市医院完成全省首例脑深部电刺激手术2026-01-09\n“献血达人”再送生命的礼物", None),
    # a notice signed after its text is the page's date
    ("公示期为5个工作日。\n某某自治区卫生健康委员会医政处 2025年11月18日", "2025-11-18"),
    # a two-digit year with its clock time on a date line; not in prose, nor without the time
    ("县医院医联体揭牌\n19-03-08 09:15\n来源:某某网\n3月7日，医联体揭牌。", "2019-03-08"),
    ("县医院医联体揭牌\n编号19-03-08\n3月7日，医联体揭牌。", None),
    ("活动安排：病房19-03-08 09:15开放，届时专家到场，请患者按时前往。", None),
    # an e-paper's masthead: paper / year / month / day / page
    ("某某日报(汉文版)/2024 年/3 月/8 日/第 002 版\n医疗帮扶暖人心\n2012 年，帮扶开始。", "2024-03-08"),
    # the site's footer after the story: its dates (最后修改时间) are the site's, not the page's
    ("县医院揭牌\n2019年02月19日556未知admin\n本报11月3日讯 县医院揭牌。\nCopyright © 2002-2019 某某网 版权所有\n"
     "联系QQ:123456 最后修改时间:2019-12-21 17:49:54", "2019-02-19"),
    ("3月2日，县医院揭牌。\n版权所有 某某网\n最后修改时间:2019-12-21", None),
    # a reading ranking after the story lists other pages with their dates
    ("12月22日，发布会召开。\n健康阅读排行\n-\n722 阅读 2022-10-28 13:13", None),
])
def test_find_date(text, date):
    assert find_date(text) == date
